package org.endorse.proposal;

import java.time.Instant;
import java.util.List;

/** A proposal as the API shows it, with its kind-specific details and its timeline. */
public record ProposalView(String reference, ProposalKind kind, String title, String submittingMember,
        String submittingMemberName, ProposalStatus status, String statusDescription, String createdBy,
        Instant createdAt, Instant submittedAt, Instant closedAt, Object details, List<TimelineEntry> timeline) {

    public record TimelineEntry(ProposalEventType type, String actor, Instant at, String note) {

        static TimelineEntry of(ProposalEvent event) {
            return new TimelineEntry(event.getType(), event.getActor(), event.getOccurredAt(), event.getNote());
        }
    }

    /** One line of a list of proposals. */
    public record Summary(String reference, ProposalKind kind, String title, String submittingMember,
            ProposalStatus status, Instant createdAt, Instant submittedAt, Instant closedAt) {

        static Summary of(Proposal proposal) {
            return new Summary(proposal.getReference(), proposal.getKind(), proposal.getTitle(),
                    proposal.getSubmittingMember(), proposal.getStatus(), proposal.getCreatedAt(),
                    proposal.getSubmittedAt(), proposal.getClosedAt());
        }
    }
}
