package org.endorse.proposal;

/** What can happen to a proposal; each happening is kept in its timeline with who and when. */
public enum ProposalEventType {
    DRAFTED,
    EDITED,
    SUBMITTED,
    CHECKED,
    RETURNED,
    AMENDED,
    WITHDRAWN,
    REVIEWED,
    DEFERRED,
    ENDORSED,
    NOT_ENDORSED,
    ASSESSED,
    FORWARDED,
    REMINDED,
    RECOGNISED,
    NOT_RECOGNISED,
    CIRCULATED,
    ROUND_CLOSED
}
