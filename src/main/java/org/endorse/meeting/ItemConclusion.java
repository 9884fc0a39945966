package org.endorse.meeting;

/** What the chair concludes on an agenda item that is not a proposal. */
public enum ItemConclusion {
    /** A report: the meeting took note of it. */
    NOTED("took note of"),
    /** An item for discussion: the meeting discussed it. */
    DISCUSSED("discussed"),
    /** An item for decision: the meeting agreed to it. */
    AGREED("agreed to"),
    /** An item for decision: the meeting did not agree to it. */
    NOT_AGREED("did not agree to"),
    /** A follow-up: the action item is done and closes. */
    ACTION_CLOSED("closed the action item"),
    /** A follow-up: the action item stays open and comes back to the next meeting. */
    ACTION_KEPT_OPEN("kept open the action item");

    private final String verb;

    ItemConclusion(String verb) {
        this.verb = verb;
    }

    /** How the record says it: "The Conference took note of ...". */
    String verb() {
        return verb;
    }
}
