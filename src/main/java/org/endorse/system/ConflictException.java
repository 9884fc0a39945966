package org.endorse.system;

/** The request no longer fits the state of things, such as a task someone else completed: HTTP 409. */
public class ConflictException extends EndorseException {

    public ConflictException(String code, Object... arguments) {
        super(code, arguments);
    }
}
