package org.endorse.proposal;

/** Where a proposal stands. Every status but DRAFT is set by its process as it reaches a place in the BPMN. */
public enum ProposalStatus {
    DRAFT("draft, not yet submitted"),
    SUBMITTED("submitted, awaiting the secretariat check"),
    RETURNED("returned to the member for amendment"),
    UNDER_REVIEW("awaiting the contact points' review"),
    AWAITING_ENDORSEMENT("awaiting the heads of Customs' endorsement"),
    ENDORSED("endorsed"),
    NOT_ENDORSED("not endorsed"),
    WITHDRAWN("withdrawn");

    private final String description;

    ProposalStatus(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Submitted and not yet decided: a process is running for it. */
    public boolean isInProgress() {
        return this == SUBMITTED || this == RETURNED || this == UNDER_REVIEW || this == AWAITING_ENDORSEMENT;
    }

    public boolean isFinal() {
        return this == ENDORSED || this == NOT_ENDORSED || this == WITHDRAWN;
    }
}
