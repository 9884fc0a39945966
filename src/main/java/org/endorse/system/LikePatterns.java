package org.endorse.system;

import java.util.Locale;

/** Searching text the way people type it, in every list's filters. */
public final class LikePatterns {

    /** The escape character of the patterns below, to pass to the LIKE that uses them. */
    public static final char ESCAPE = '\\';

    private LikePatterns() {
    }

    /** A case-insensitive LIKE pattern (for a lower-cased column) that finds the text as typed, its % and _ too. */
    public static String containing(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
