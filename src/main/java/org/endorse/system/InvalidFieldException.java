package org.endorse.system;

/** One field of a request is wrong in a way bean validation cannot see (an unknown member, say): HTTP 400. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
