package org.endorse.proposal;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What a kind of proposal keeps beside each of its proposals, in a table of its own keyed by the proposal's id.
 * A kind refers to its proposal by that id and asks {@link ProposalService} for the rest: the proposal belongs to
 * the proposal capability, and no kind maps it.
 */
@MappedSuperclass
public abstract class ProposalPart {

    @Id
    @Column(name = "proposal_id")
    private Long proposalId;

    protected ProposalPart() {
    }

    protected ProposalPart(Proposal proposal) {
        this.proposalId = Objects.requireNonNull(proposal.getId(), "the proposal is saved first");
    }

    public Long getProposalId() {
        return proposalId;
    }
}
