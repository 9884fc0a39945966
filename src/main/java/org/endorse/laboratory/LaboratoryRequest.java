package org.endorse.laboratory;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A Regional Customs Laboratory proposal as the member drafts it. Whether the laboratory is eligible (its
 * accreditation, scope and capacity) is judged by the technical assessment, not here: a draft may be saved
 * while, say, its accreditation is being renewed.
 */
record LaboratoryRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank String submittingMember,
        @NotBlank @Size(max = 200) String laboratoryName,
        @NotBlank @Size(max = 200) String location,
        @NotNull @Valid Accreditation accreditation,
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 200) String> scope,
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 200) String> equipment,
        @NotNull @Valid Staff staff,
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 50) String> languages,
        @NotNull @PositiveOrZero @Max(1_000_000) Integer samplesPerYear) {

    /** Such as {"standard": "ISO/IEC 17025:2017", "body": "CNAS", "certificateNumber": "CNAS L0001", ...}. */
    record Accreditation(@NotBlank @Size(max = 100) String standard, @NotBlank @Size(max = 200) String body,
            @NotBlank @Size(max = 100) String certificateNumber, @NotNull LocalDate validUntil) {
    }

    /** The laboratory's analysts and, in words, their qualifications. */
    record Staff(@NotNull @PositiveOrZero @Max(10_000) Integer analysts, @Size(max = 2000) String qualifications) {
    }
}
