package org.endorse.system;

/**
 * The characters a text of Endorse may hold: those of XML 1.0, in which records of decisions and mails are
 * written. Tabs and line breaks are fine; the other control characters (U+0000 to U+001F), unpaired surrogates
 * and U+FFFE/U+FFFF are not, because no XML document, PDF or mail can carry them. Requests are refused with
 * them ({@link RequestValidator}); what was stored before this rule is printed with them replaced.
 */
public final class PlainText {

    /** What a forbidden character is printed as: the replacement character, visibly not what was meant. */
    private static final int REPLACEMENT = '\uFFFD';

    private PlainText() {
    }

    /** The first character XML 1.0 forbids, as a code point, or -1 if there is none. */
    static int firstForbidden(String text) {
        return text.codePoints().filter(c -> !allowed(c)).findFirst().orElse(-1);
    }

    /**
     * Refuses a text that comes in outside a request record (a parameter of a portal form), with the same
     * message {@link RequestValidator} gives.
     */
    public static void require(String field, String text) {
        int forbidden = text == null ? -1 : firstForbidden(text);
        if (forbidden >= 0) {
            throw new InvalidFieldException(field, "error.text.forbiddenCharacter", describe(forbidden));
        }
    }

    /** The text with every character XML 1.0 forbids replaced by U+FFFD, for a document that must be rendered. */
    public static String printable(String text) {
        if (firstForbidden(text) < 0) {
            return text;
        }
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(c -> printable.appendCodePoint(allowed(c) ? c : REPLACEMENT));
        return printable.toString();
    }

    /** U+0000 as a user can look it up: four hexadecimal digits at least. */
    static String describe(int codePoint) {
        return String.format("U+%04X", codePoint);
    }

    private static boolean allowed(int c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
