package org.endorse.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.endorse.document.DocumentView;

/** A proposal as the API shows it, with its kind-specific details, its documents and its timeline. */
public record ProposalView(String reference, ProposalKind kind, String title, String submittingMember,
        String submittingMemberName, ProposalStatus status, String statusDescription, String createdBy,
        Instant createdAt, Instant submittedAt, Instant closedAt, boolean suspended, Object details,
        List<DocumentView> documents, List<TimelineEntry> timeline) {

    /**
     * One entry of the timeline: {@code at} is when it was recorded, {@code on} the day it happened where that is
     * another (a meeting's decision typed in afterwards is dated on the meeting's day).
     */
    public record TimelineEntry(ProposalEventType type, String actor, Instant at, LocalDate on, String note) {

        static TimelineEntry of(ProposalEvent event) {
            return new TimelineEntry(event.getType(), event.getActor(), event.getOccurredAt(), event.getDated(),
                    event.getNote());
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
