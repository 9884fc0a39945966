package org.endorse.system;

/** One field of a request is wrong in a way bean validation cannot see (an unknown member, say): HTTP 400. */
public class InvalidFieldException extends EndorseException {

    private final String field;

    public InvalidFieldException(String field, String code, Object... arguments) {
        super(code, arguments);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
