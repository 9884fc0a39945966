package org.endorse.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.endorse.proposal.MeetingDecision;

/** What the meeting API accepts. */
final class MeetingRequests {

    private MeetingRequests() {
    }

    /** A meeting as the secretariat convenes it. */
    record Convene(
            @NotNull MeetingType type,
            @NotNull @Min(1) @Max(999) Integer number,
            @Size(max = 300) String title,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            @NotBlank String timeZone,
            @NotBlank String hostMember,
            @Size(max = 200) String venue,
            @NotBlank String chair,
            String alternateChair,
            @NotNull MeetingMode mode,
            Instant objectionDeadline) {
    }

    /** The agenda in the order the secretariat wants it: proposal references. */
    record Agenda(@NotNull @Size(max = 200) List<@NotBlank @Size(max = 50) String> references) {
    }

    /** The member administrations present, by code: a region has some dozens. */
    record Attendance(@NotNull @Size(max = 200) Set<@NotBlank @Size(max = 10) String> members) {
    }

    /** Decisions the chair records at once, applied in order, all or none: two for each item at most. */
    record Decisions(@NotEmpty @Size(max = 400) List<@Valid Decision> decisions) {
    }

    record Decision(@NotBlank String reference, @NotNull MeetingDecision decision,
            @Size(max = MeetingService.DECISION_NOTE_LENGTH) String note) {
    }

    /** The member administration may be left out by a contact point of only one. */
    record Objection(@NotBlank String reference, String member,
            @NotBlank @Size(max = MeetingService.OBJECTION_REASON_LENGTH) String reason) {
    }
}
