package org.endorse.system;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;

/**
 * A request Endorse refuses, told to its user in their language: a code of errors*.properties with its
 * arguments (which may be texts of the bundles themselves). Its message is the English text, for the log.
 */
public abstract class EndorseException extends RuntimeException implements MessageSourceResolvable {

    private final String code;
    private final Object[] arguments;

    protected EndorseException(String code, Object... arguments) {
        super(Texts.english(code, arguments));
        this.code = code;
        this.arguments = arguments.clone();
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }

    public String getCode() {
        return code;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + code + " " + Arrays.toString(arguments) + "]: " + getMessage();
    }
}
