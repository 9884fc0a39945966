package org.endorse.system;

/** The user is known but their role or member administration does not allow this: HTTP 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
