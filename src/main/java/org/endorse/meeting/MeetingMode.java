package org.endorse.meeting;

public enum MeetingMode {
    IN_PERSON,
    VIRTUAL,
    /** Papers circulated with a deadline; each contact point may object by then; silence is consent. */
    WRITTEN_PROCEDURE
}
