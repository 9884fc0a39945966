package org.endorse.portal;

import java.util.Locale;

import org.endorse.system.ConflictException;
import org.endorse.system.EndorseException;
import org.endorse.system.InvalidFieldException;
import org.springframework.beans.BeansException;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;

/**
 * A rule the services enforce, broken in a form: the same message the API's problem detail gives, in the
 * reader's language, next to the field it names (or above the form when it names none), with what was typed
 * kept. Refusals that are not about the form (not found, not allowed) go on to the error page.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult form, RuntimeException refusal, MessageSource messages, Locale locale) {
        if (!(refusal instanceof InvalidFieldException) && !(refusal instanceof ConflictException)) {
            throw refusal;
        }
        String text = messageOf(refusal, messages, locale);
        if (refusal instanceof InvalidFieldException invalid && form.getTarget() != null) {
            try {
                form.rejectValue(invalid.getField(), "refused", text);
                return;
            } catch (BeansException notAFieldOfThisForm) {
                form.reject("refused", invalid.getField() + " " + text);
                return;
            }
        }
        form.reject("refused", text);
    }

    /** The refusal's text in the reader's language, for a page that shows it as it is. */
    public static String messageOf(RuntimeException refusal, MessageSource messages, Locale locale) {
        if (!(refusal instanceof InvalidFieldException) && !(refusal instanceof ConflictException)) {
            throw refusal;
        }
        return messages.getMessage((EndorseException) refusal, locale);
    }
}
