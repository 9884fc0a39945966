package org.endorse.portal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;

/**
 * Forms with repeating lines (a laboratory's scope, its equipment): the form shows one empty line more than it
 * has, "add a line" shows another, and empty lines are dropped before the form is checked and saved.
 */
public final class RepeatingLines {

    private RepeatingLines() {
    }

    public static List<String> withoutBlanks(List<String> lines) {
        return lines == null ? List.of() : lines.stream().filter(line -> line != null && !line.isBlank()).toList();
    }

    /** The lines with an empty one after them, for the form to offer. */
    public static List<String> withBlank(List<String> lines) {
        List<String> shown = new ArrayList<>(lines == null ? List.of() : lines);
        shown.add("");
        return shown;
    }

    /**
     * Checks the form as it will be saved (its empty lines dropped), keeping what could not even be read from
     * the request (a date that is no date, say), with the errors on the form as it is shown again (the same
     * lines, and an empty one after each list). The result replaces the binding of the form in the model.
     */
    public static BindingResult check(Object saved, Object shown, String name, BindingResult bound,
            Validator validator) {
        BindingResult checked = new BeanPropertyBindingResult(shown, name);
        bound.getFieldErrors().stream().filter(error -> error.isBindingFailure()).forEach(checked::addError);
        validator.validate(saved, checked);
        return checked;
    }
}
