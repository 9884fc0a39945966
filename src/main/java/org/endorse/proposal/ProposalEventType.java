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
    /** The secretariat placed the proposal before the heads of Customs without the contact points' review. */
    PLACED_BEFORE_HEADS,
    DEFERRED,
    ENDORSED,
    NOT_ENDORSED,
    /** A nomination closed because a competing one was endorsed for the same seat and term. */
    CLOSED_BY_COMPETITOR,
    /** The WCO body that elects to a nomination's seat elected, or did not elect, the region's candidate. */
    ELECTED,
    NOT_ELECTED,
    ASSESSED,
    FORWARDED,
    REMINDED,
    RECOGNISED,
    NOT_RECOGNISED,
    CIRCULATED,
    /** A member administration's contact point answered a circulated ToR. */
    ANSWERED,
    ROUND_CLOSED,
    /** A document, or a language version of one, added to the proposal. */
    DOCUMENT_ADDED,
    DOCUMENT_REVISED,
    DOCUMENT_WITHDRAWN,
    /** A file refused by the malware scan: deleted, with its name, checksum and the signature that matched. */
    DOCUMENT_REFUSED,
    /** A file's bytes deleted for good by an administrator, with the reason: its row and checksum stay. */
    DOCUMENT_PURGED
}
