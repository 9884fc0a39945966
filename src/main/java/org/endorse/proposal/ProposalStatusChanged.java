package org.endorse.proposal;

/**
 * Published whenever a proposal's process moves it to another status, for other capabilities to follow, with
 * the note of the timeline entry that moved it (a return's reasons, say), if any.
 */
public record ProposalStatusChanged(ProposalSummary proposal, String note) {

    public String reference() {
        return proposal.reference();
    }

    public ProposalKind kind() {
        return proposal.kind();
    }

    public ProposalStatus status() {
        return proposal.status();
    }
}
