package org.endorse.nomination;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalRequest;

/** A nomination as the member drafts it, in the API and in the portal's form. */
record NominationRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank String submittingMember,
        @NotNull @Valid Seat seat,
        @NotNull @Valid Term term,
        @NotBlank String nominatedMember,
        @Size(max = 200) String nomineeName,
        @NotBlank @Size(max = 4000) String supportingStatement) implements ProposalRequest {

    /** The seat, such as {"type": "COMMITTEE_REPRESENTATIVE", "name": "Policy Commission"}. */
    record Seat(@NotNull SeatType type, @NotBlank @Size(max = 200) String name) {
    }

    record Term(@NotNull LocalDate from, @NotNull LocalDate to) {
    }

    /** An empty form, for the member administration the user acts for if they act for one only. */
    static NominationRequest blank(String submittingMember) {
        return new NominationRequest(null, submittingMember, new Seat(null, null), new Term(null, null), null, null,
                null);
    }

    /** The form of a nomination as it stands, to be edited. */
    static NominationRequest of(Proposal proposal, NominationDetails.View nomination) {
        return new NominationRequest(proposal.getTitle(), proposal.getSubmittingMember(),
                new Seat(nomination.seatType(), nomination.seatName()),
                new Term(nomination.termFrom(), nomination.termTo()), nomination.nominatedMember(),
                nomination.nomineeName(), nomination.supportingStatement());
    }
}
