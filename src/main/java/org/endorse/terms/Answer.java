package org.endorse.terms;

/** A contact point's answer to a circulated ToR. Silence by the deadline counts as no objection. */
enum Answer {
    NO_OBJECTION,
    COMMENTS,
    OBJECTION;

    /** Comments and objections send the text back to its drafter for revision. */
    boolean needsRevision() {
        return this != NO_OBJECTION;
    }
}
