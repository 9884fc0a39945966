package org.endorse.system;

/** Something the user asked for does not exist, or they may not know it exists: HTTP 404. */
public class NotFoundException extends EndorseException {

    public NotFoundException(String code, Object... arguments) {
        super(code, arguments);
    }
}
