package org.endorse.notification;

/** What a notification tells, each with who receives it (the README's table lists them). */
public enum NotificationKind {
    SUBMISSION_RECEIVED,
    RETURNED_FOR_AMENDMENT,
    REVISION_REQUESTED,
    TASK_WAITING,
    PAPERS_CIRCULATED,
    MEETING_CALLED_OFF,
    ACTION_ITEM_DUE,
    TERMS_CIRCULATED,
    TERMS_CIRCULATION_REMINDER,
    DECISION_TAKEN,
    CLOSED_BY_COMPETITOR,
    ENDORSED,
    ELECTION_OUTCOME,
    VICE_CHAIR_HANDOVER,
    CALL_FOR_NOMINATIONS,
    SEAT_WITHOUT_CANDIDATE
}
