package org.endorse.system;

import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The texts of Endorse live in the message bundles (messages*.properties for labels, errors*.properties for
 * what goes wrong), in English and French. This is how code names a text without a request at hand: as a
 * code with arguments that each reader resolves in their own language, or in English for logs and records.
 */
public final class Texts {

    /** The bundles, as spring.messages.basename lists them. */
    public static final String[] BASENAMES = {"messages", "errors"};

    private static final ResourceBundleMessageSource ENGLISH = new ResourceBundleMessageSource();

    static {
        ENGLISH.setBasenames(BASENAMES);
        ENGLISH.setDefaultEncoding("UTF-8");
        ENGLISH.setFallbackToSystemLocale(false);
        ENGLISH.setAlwaysUseMessageFormat(true);
    }

    private Texts() {
    }

    /** A text to be resolved in its reader's language; arguments may be texts themselves. */
    public static MessageSourceResolvable of(String code, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {code}, arguments);
    }

    /** The English text of a code, for logs, timelines and records, which Endorse keeps in English. */
    public static String english(String code, Object... arguments) {
        return ENGLISH.getMessage(code, arguments, Locale.ENGLISH);
    }

    public static String english(MessageSourceResolvable text) {
        return ENGLISH.getMessage(text, Locale.ENGLISH);
    }
}
