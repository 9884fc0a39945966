package org.endorse.proposal;

/**
 * How a kind writes its part of a proposal ({@link ProposalPart}) from its request, as {@link ProposalService}
 * drafts and edits the proposal itself: everything else about drafting (who may, for which member, when a
 * proposal can still change) is the same for every kind and is the proposal service's.
 */
public interface ProposalPartWriter<R extends ProposalRequest> {

    ProposalKind kind();

    /** Checks what bean validation cannot, such as dates in order; throws InvalidFieldException naming the field. */
    default void check(R request) {
    }

    /** Saves the kind's details of a new draft. */
    void create(Proposal proposal, R request);

    /** Replaces the kind's details of a proposal that may still change. */
    void update(String reference, R request);
}
