package org.endorse.system;

/** Something the user asked for does not exist, or they may not know it exists: HTTP 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
