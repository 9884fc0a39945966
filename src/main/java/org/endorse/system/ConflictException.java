package org.endorse.system;

/** The request no longer fits the state of things, such as a task someone else completed: HTTP 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
