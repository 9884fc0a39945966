package org.endorse.proposal;

import org.endorse.system.ProcessVariable;

/**
 * The two stages of every proposal that meetings decide: the contact points' review and the heads of
 * Customs' endorsement. A process waits at each in a receive task until a meeting's decision arrives as a
 * message, correlated with the proposal's reference.
 */
public enum ProposalStage {
    REVIEW(ProposalStatus.UNDER_REVIEW, ProposalProcess.MESSAGE_REVIEW_DECIDED, ProposalProcess.VAR_RECOMMENDATION),
    ENDORSEMENT(ProposalStatus.AWAITING_ENDORSEMENT, ProposalProcess.MESSAGE_ENDORSEMENT_DECIDED,
            ProposalProcess.VAR_ENDORSEMENT);

    private final ProposalStatus waitingStatus;
    private final String message;
    private final ProcessVariable<String> variable;

    ProposalStage(ProposalStatus waitingStatus, String message, ProcessVariable<String> variable) {
        this.waitingStatus = waitingStatus;
        this.message = message;
        this.variable = variable;
    }

    /** The status of a proposal waiting for this stage's decision. */
    public ProposalStatus waitingStatus() {
        return waitingStatus;
    }

    public String message() {
        return message;
    }

    /** The variable the stage's decision arrives in. */
    public ProcessVariable<String> variable() {
        return variable;
    }
}
