package org.endorse.proposal;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * What a kind of proposal keeps beside each of its proposals, in a table of its own keyed by the proposal's id.
 * A kind refers to its proposal by that id and asks {@link ProposalService} for the rest: the proposal belongs to
 * the proposal capability, and no kind maps it.
 */
@MappedSuperclass
public abstract class ProposalPart implements Persistable<Long> {

    @Id
    @Column(name = "proposal_id")
    private Long proposalId;

    /** Its id is the proposal's, given rather than generated: saving a new part inserts it without a select. */
    @Transient
    private boolean stored;

    protected ProposalPart() {
    }

    protected ProposalPart(Proposal proposal) {
        this.proposalId = Objects.requireNonNull(proposal.getId(), "the proposal is saved first");
    }

    public Long getProposalId() {
        return proposalId;
    }

    @Override
    public Long getId() {
        return proposalId;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        stored = true;
    }
}
