package org.endorse.proposal;

import org.endorse.system.ProcessVariable;

/**
 * The two stages of every proposal that meetings decide: the contact points' review and the heads of
 * Customs' endorsement. processes/proposal-endorsement.bpmn waits at each in a receive task until a meeting's
 * decision arrives as a message, delivered to the instance of the proposal that waits for it.
 */
public enum ProposalStage {
    REVIEW(ProposalStatus.UNDER_REVIEW, ProposalEndorsementProcess.MESSAGE_REVIEW_DECIDED,
            ProposalEndorsementProcess.VAR_RECOMMENDATION),
    ENDORSEMENT(ProposalStatus.AWAITING_ENDORSEMENT, ProposalEndorsementProcess.MESSAGE_ENDORSEMENT_DECIDED,
            ProposalEndorsementProcess.VAR_ENDORSEMENT);

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

    /**
     * The decision as version 1 of the kinds' models tests it, where its instances still wait (see
     * {@link ProposalProcess#version1Tasks()}): their review gateways knew RECOMMEND, DO_NOT_RECOMMEND and DEFER.
     */
    String version1Value(MeetingDecision decision) {
        if (this == ENDORSEMENT) {
            return decision.name();
        }
        return switch (decision) {
            case RECOMMENDED -> "RECOMMEND";
            case NOT_RECOMMENDED -> "DO_NOT_RECOMMEND";
            default -> "DEFER";
        };
    }
}
