package org.endorse.proposal;

import org.endorse.system.Texts;
import org.springframework.context.MessageSourceResolvable;

/** Where a proposal stands. Every status but DRAFT is set by its process as it reaches a place in the BPMN. */
public enum ProposalStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    UNDER_ASSESSMENT,
    CIRCULATED,
    IN_REVISION,
    UNDER_REVIEW,
    AWAITING_ENDORSEMENT,
    ENDORSED,
    NOT_ENDORSED,
    /** A nomination the region endorsed, elected by the WCO body that elects to its seat. */
    ELECTED,
    NOT_ELECTED,
    WITHDRAWN,
    FORWARDED,
    DESIGNATED,
    NOT_RECOGNISED;

    /** In English, for logs and timelines; readers see status.X.description in their own language. */
    public String description() {
        return Texts.english(descriptionText());
    }

    /** The description in its reader's language, as errors put it: "returned to the member for amendment". */
    public MessageSourceResolvable descriptionText() {
        return Texts.of("status." + name() + ".description");
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
     * endorsed laboratory proposal still goes on to its recognition by the WCO Secretariat, and an endorsed
     * nomination to the election of a WCO body where one elects to its seat.
     */
    public boolean isFinal() {
        return this != DRAFT && !isInProgress();
    }
}
