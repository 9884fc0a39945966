package org.endorse.proposal;

/** Where a proposal stands. Every status but DRAFT is set by its process as it reaches a place in the BPMN. */
public enum ProposalStatus {
    DRAFT("draft, not yet submitted"),
    SUBMITTED("submitted, awaiting the secretariat check"),
    RETURNED("returned to the member for amendment"),
    UNDER_ASSESSMENT("awaiting the technical assessment"),
    CIRCULATED("circulated to every member's contact point for comments"),
    IN_REVISION("commented on; the drafter is revising it for another round"),
    UNDER_REVIEW("awaiting the contact points' review"),
    AWAITING_ENDORSEMENT("awaiting the heads of Customs' endorsement"),
    ENDORSED("endorsed"),
    NOT_ENDORSED("not endorsed"),
    WITHDRAWN("withdrawn"),
    FORWARDED("endorsed and forwarded to the WCO Secretariat, awaiting its recognition"),
    DESIGNATED("recognised by the WCO Secretariat and designated"),
    NOT_RECOGNISED("endorsed, but not recognised by the WCO Secretariat");

    private final String description;

    ProposalStatus(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Submitted and not yet decided: a process is running for it. */
    public boolean isInProgress() {
        return this == SUBMITTED || this == RETURNED || this == UNDER_ASSESSMENT || this == CIRCULATED
                || this == IN_REVISION || this == UNDER_REVIEW || this == AWAITING_ENDORSEMENT;
    }

    /** The drafter may change the proposal: before submitting it, or when it is returned or being revised. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED || this == IN_REVISION;
    }

    /**
     * Decided by the region or withdrawn: the member can no longer withdraw it and no meeting takes it up. An
     * endorsed laboratory proposal still goes on to its recognition by the WCO Secretariat.
     */
    public boolean isFinal() {
        return this != DRAFT && !isInProgress();
    }
}
