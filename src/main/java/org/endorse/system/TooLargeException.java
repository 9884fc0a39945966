package org.endorse.system;

/** Something sent is larger than Endorse takes (a file over the document limit, say): HTTP 413. */
public class TooLargeException extends EndorseException {

    public TooLargeException(String code, Object... arguments) {
        super(code, arguments);
    }
}
