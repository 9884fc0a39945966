package org.endorse.proposal;

/** A meeting took a decision on a proposal: what its submitting member administration is told. */
public record ProposalDecided(ProposalSummary proposal, ProposalStage stage, MeetingDecision decision,
        String meetingName, String note) {
}
