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

import org.endorse.portal.RepeatingLines;
import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalRequest;

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
        @NotNull @PositiveOrZero @Max(1_000_000) Integer samplesPerYear) implements ProposalRequest {

    /** Such as {"standard": "ISO/IEC 17025:2017", "body": "CNAS", "certificateNumber": "CNAS L0001", ...}. */
    record Accreditation(@NotBlank @Size(max = 100) String standard, @NotBlank @Size(max = 200) String body,
            @NotBlank @Size(max = 100) String certificateNumber, @NotNull LocalDate validUntil) {
    }

    /** The laboratory's analysts and, in words, their qualifications. */
    record Staff(@NotNull @PositiveOrZero @Max(10_000) Integer analysts, @Size(max = 2000) String qualifications) {
    }

    /** An empty form, for the member administration the user acts for if they act for one only. */
    static LaboratoryRequest blank(String submittingMember) {
        return new LaboratoryRequest(null, submittingMember, null, null, new Accreditation(null, null, null, null),
                List.of(), List.of(), new Staff(null, null), List.of(), null);
    }

    /** The form of a proposal as it stands, to be edited. */
    static LaboratoryRequest of(Proposal proposal, LaboratoryDetails.View laboratory) {
        return new LaboratoryRequest(proposal.getTitle(), proposal.getSubmittingMember(), laboratory.laboratoryName(),
                laboratory.location(), new Accreditation(laboratory.accreditation().standard(),
                        laboratory.accreditation().body(), laboratory.accreditation().certificateNumber(),
                        laboratory.accreditation().validUntil()), laboratory.scope(), laboratory.equipment(),
                new Staff(laboratory.staff().analysts(), laboratory.staff().qualifications()), laboratory.languages(),
                laboratory.samplesPerYear());
    }

    /** The form as it is shown: an empty line after each list, to add one. */
    LaboratoryRequest withBlankLines() {
        return withLineAdded("scope").withLineAdded("equipment").withLineAdded("languages");
    }

    /** The same form with an empty line more in one of its lists: scope, equipment or languages. */
    LaboratoryRequest withLineAdded(String list) {
        return new LaboratoryRequest(title, submittingMember, laboratoryName, location, accreditation,
                "scope".equals(list) ? RepeatingLines.withBlank(scope) : scope,
                "equipment".equals(list) ? RepeatingLines.withBlank(equipment) : equipment, staff,
                "languages".equals(list) ? RepeatingLines.withBlank(languages) : languages, samplesPerYear);
    }

    /** The form as it is saved: without the empty lines a form shows for adding one. */
    LaboratoryRequest withoutBlankLines() {
        return new LaboratoryRequest(title, submittingMember, laboratoryName, location,
                accreditation == null ? new Accreditation(null, null, null, null) : accreditation,
                RepeatingLines.withoutBlanks(scope), RepeatingLines.withoutBlanks(equipment),
                staff == null ? new Staff(null, null) : staff, RepeatingLines.withoutBlanks(languages), samplesPerYear);
    }
}
