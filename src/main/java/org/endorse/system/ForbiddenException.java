package org.endorse.system;

/** The user is known but their role or member administration does not allow this: HTTP 403. */
public class ForbiddenException extends EndorseException {

    public ForbiddenException(String code, Object... arguments) {
        super(code, arguments);
    }
}
