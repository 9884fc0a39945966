package org.endorse.nomination;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A nomination as the member drafts it. */
record NominationRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank String submittingMember,
        @NotNull @Valid Seat seat,
        @NotNull @Valid Term term,
        @NotBlank String nominatedMember,
        @Size(max = 200) String nomineeName,
        @NotBlank @Size(max = 4000) String supportingStatement) {

    /** The seat, such as {"type": "COMMITTEE_REPRESENTATIVE", "name": "Policy Commission"}. */
    record Seat(@NotNull SeatType type, @NotBlank @Size(max = 200) String name) {
    }

    record Term(@NotNull LocalDate from, @NotNull LocalDate to) {
    }
}
