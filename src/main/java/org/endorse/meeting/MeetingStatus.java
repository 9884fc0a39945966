package org.endorse.meeting;

/** Where a meeting stands; set by processes/regional-meeting.bpmn as it moves on. */
public enum MeetingStatus {
    PLANNED,
    AGENDA_CIRCULATED,
    OPEN,
    CLOSED
}
