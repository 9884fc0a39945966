package org.endorse.portal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The name of a field as a reader knows it, for messages that name a field apart from the field itself (the
 * summary above a refused form): "Term, to" rather than term.to. A field without a label keeps its path.
 */
@Component("fieldLabels")
public class FieldLabels {

    private final MessageSource messages;

    FieldLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String of(String field) {
        return of(field, messages, LocaleContextHolder.getLocale());
    }

    static String of(String field, MessageSource messages, Locale locale) {
        return messages.getMessage("field." + field.replaceAll("\\[\\d+]", ""), null, field, locale);
    }
}
