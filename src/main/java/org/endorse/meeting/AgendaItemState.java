package org.endorse.meeting;

/** What became of an agenda item. */
public enum AgendaItemState {
    /** Waiting for the meeting's decision. */
    PENDING,
    /** The meeting took its decision (which may be a deferral). */
    DECIDED,
    /** Its member withdrew the proposal before the meeting decided it. */
    WITHDRAWN,
    /** Closed by something else before the meeting decided it, such as a competing nomination's endorsement. */
    CLOSED,
    /** Not decided when the meeting closed; the proposal stays waiting for the next meeting. */
    CARRIED_FORWARD
}
