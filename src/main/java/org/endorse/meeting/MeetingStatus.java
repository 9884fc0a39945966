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
    CLOSED
}
