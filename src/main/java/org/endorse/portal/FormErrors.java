package org.endorse.portal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

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
        if (refusal instanceof InvalidFieldException invalid && form.getTarget() != null) {
            try {
                form.rejectValue(invalid.getField(), "refused", messages.getMessage(invalid, locale));
                return;
            } catch (BeansException notAFieldOfThisForm) {
                // named above the form instead, with the field's name
            }
        }
        form.reject("refused", messageOf(refusal, messages, locale));
    }

    /**
     * The problems of a form embedded in another page (a circulation's answer on its proposal's page), by field,
     * to be shown next to each after a redirect; "" holds what is about no field.
     */
    public static Map<String, String> byField(BindingResult form, MessageSource messages, Locale locale) {
        Map<String, String> problems = new LinkedHashMap<>();
        form.getFieldErrors().forEach(error -> problems.merge(error.getField(), messages.getMessage(error, locale),
                (first, second) -> first + " " + second));
        return problems;
    }

    /** The same for a refusal of the service behind such a form. */
    public static Map<String, String> byField(RuntimeException refusal, MessageSource messages, Locale locale) {
        String field = refusal instanceof InvalidFieldException invalid ? invalid.getField() : "";
        return Map.of(field, field.isEmpty() ? messageOf(refusal, messages, locale)
                : messages.getMessage((EndorseException) refusal, locale));
    }

    /**
     * The refusal's text in the reader's language, for a page that shows it apart from any field: a field's
     * problem starts with the field's name.
     */
    public static String messageOf(RuntimeException refusal, MessageSource messages, Locale locale) {
        if (!(refusal instanceof InvalidFieldException) && !(refusal instanceof ConflictException)) {
            throw refusal;
        }
        String text = messages.getMessage((EndorseException) refusal, locale);
        return refusal instanceof InvalidFieldException invalid ? messages.getMessage("form.fieldProblem",
                new Object[] {FieldLabels.of(invalid.getField(), messages, locale), text}, locale) : text;
    }
}
