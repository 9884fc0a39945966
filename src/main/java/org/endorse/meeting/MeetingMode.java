package org.endorse.meeting;

public enum MeetingMode {
    IN_PERSON,
    VIRTUAL,
    /** In person at a venue, with delegations joining online, as the RILO A/P meeting of September 2022. */
    HYBRID,
    /** Papers circulated with a deadline; each contact point may object by then; silence is consent. */
    WRITTEN_PROCEDURE
}
