package org.endorse.meeting;

/**
 * Where a meeting stands. Only {@link Meeting} changes it, in the steps of processes/regional-meeting.bpmn and
 * the commands that complete its tasks, in the same transaction; the model itself sets no status. Each change
 * comes with what the meeting records at that moment (when the papers went out, when it closed), and the
 * commands check the status, so the meeting keeps both together rather than a listener keeping half of it.
 */
public enum MeetingStatus {
    PLANNED,
    AGENDA_CIRCULATED,
    OPEN,
    CLOSED,
    /** Not held on its dates; convened again when its new dates are known. Its items went back to waiting. */
    POSTPONED,
    /** Not held at all. Its items went back to waiting. */
    CANCELLED;

    /** Whether nothing more happens in the meeting: closed, postponed or cancelled. */
    public boolean isOver() {
        return this == CLOSED || this == POSTPONED || this == CANCELLED;
    }
}
