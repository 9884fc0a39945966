package org.endorse.proposal;

/**
 * What other modules are told of a proposal along with an event about it, as it stands once the event has
 * happened, so that no listener has to load it again.
 */
public record ProposalSummary(String reference, ProposalKind kind, String title, ProposalStatus status,
        String submittingMember, boolean draftedBySecretariat) {

    public static ProposalSummary of(Proposal proposal) {
        return new ProposalSummary(proposal.getReference(), proposal.getKind(), proposal.getTitle(),
                proposal.getStatus(), proposal.getSubmittingMember(), proposal.isDraftedBySecretariat());
    }
}
