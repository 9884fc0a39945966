package org.endorse.document;

/** A meeting paper's symbol is its series with the paper's number in place of {sequence}: RCPM/31/Doc.4. */
public final class Symbols {

    /** Where a paper's number goes in a series, such as "RCPM/31/Doc.{sequence}". */
    public static final String SEQUENCE = "{sequence}";

    private Symbols() {
    }

    /** The symbol of a revision: RCPM/31/Doc.4 Rev.1; the original has none. */
    public static String withRevision(String symbol, int revision) {
        return revision == 0 ? symbol : symbol + " " + revisionLabel(revision);
    }

    /** A revision as documents name it, Rev.1, Rev.2; null for the original (revision 0). */
    public static String revisionLabel(int revision) {
        return revision == 0 ? null : "Rev." + revision;
    }
}
