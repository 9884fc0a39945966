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
        @NotNull @Valid SeatChoice seat,
        @Valid Term term,
        @NotBlank String nominatedMember,
        @Size(max = 200) String nomineeName,
        @NotBlank @Size(max = 4000) String supportingStatement) implements ProposalRequest {

    /** The seat, by its code in the register's list of seats: {"code": "POLICY-COMMISSION"}. */
    record SeatChoice(@NotBlank @Size(max = 40) String code) {
    }

    /**
     * The term: for a seat with terms, the first day of one of them or none for the next one, and no last day
     * (it follows from the seat's term); for a seat held until the region decides otherwise, both days.
     */
    record Term(LocalDate from, LocalDate to) {
    }

    /** An empty form, for the member administration the user acts for if they act for one only. */
    static NominationRequest blank(String submittingMember) {
        return new NominationRequest(null, submittingMember, new SeatChoice(null), new Term(null, null), null, null,
                null);
    }

    /** The form answering a call for nominations: its seat and the first day of its term. */
    NominationRequest forSeat(String seatCode, LocalDate termFrom) {
        return new NominationRequest(title, submittingMember, new SeatChoice(seatCode), new Term(termFrom, null),
                nominatedMember, nomineeName, supportingStatement);
    }

    /** The form of a nomination as it stands, to be edited. */
    static NominationRequest of(Proposal proposal, NominationDetails.View nomination) {
        return new NominationRequest(proposal.getTitle(), proposal.getSubmittingMember(),
                new SeatChoice(nomination.seatCode()),
                new Term(nomination.termFrom(), nomination.seatHasFixedTerms() ? null : nomination.termTo()),
                nomination.nominatedMember(),
                nomination.nomineeName(), nomination.supportingStatement());
    }
}
