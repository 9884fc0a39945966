package org.endorse.system;

/**
 * What users typed (a title, a reason, a mail address), made fit for a line of the log: a line break in it
 * would start a forged line, and other control characters garble an operator's terminal or log viewer. Each
 * is written as an escape ({@code \n}, {@code \r}, {@code \t}, {@code \u001b}), and a backslash as {@code \\},
 * so the line says unambiguously what was typed. Every log line that quotes user text goes through here.
 */
public final class LogText {

    private LogText() {
    }

    public static String escaped(Object userText) {
        String text = String.valueOf(userText);
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (invisible(c)) {
                        escaped.append(String.format("\\u%04x", c));
                    } else {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    /** Control characters, line and paragraph separators, and format characters such as bidi overrides. */
    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.FORMAT;
    }
}
