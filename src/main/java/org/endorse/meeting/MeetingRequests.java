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

    /**
     * A meeting as the secretariat convenes it, on coming dates or, to bring in the region's history, on past ones.
     * A joint session's number is the conference's, and {@code contactPointsNumber} the contact points meeting's.
     */
    record Convene(
            @NotNull MeetingType type,
            @NotNull @Min(1) @Max(999) Integer number,
            @Min(1) @Max(999) Integer contactPointsNumber,
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

    /**
     * Who attended: the member administrations present, the regional entities observing, by code, and who chaired
     * on behalf of the chair, if the chair did not in person.
     */
    record Attendance(@NotNull @Size(max = 200) Set<@NotBlank @Size(max = 10) String> members,
            @Size(max = 100) Set<@NotBlank @Size(max = 16) String> observers,
            @Size(max = MeetingService.ACTING_CHAIR_LENGTH) String actingChair) {

        Attendance(Set<String> members) {
            this(members, null, null);
        }
    }

    /** Decisions the chair records at once, applied in order, all or none: two for each item at most. */
    record Decisions(@NotEmpty @Size(max = 400) List<@Valid Decision> decisions) {
    }

    /** A decision on a proposal, taken on one of the meeting's days: its first unless {@code decidedOn} says. */
    record Decision(@NotBlank String reference, @NotNull MeetingDecision decision,
            @Size(max = MeetingService.DECISION_NOTE_LENGTH) String note, LocalDate decidedOn) {

        Decision(String reference, MeetingDecision decision, String note) {
            this(reference, decision, note, null);
        }
    }

    /** A report, or a matter for discussion or the meeting's own decision, as the secretariat adds it. */
    record Item(@NotNull AgendaItemKind kind, @NotBlank @Size(max = MeetingService.ITEM_TITLE_LENGTH) String title,
            @Size(max = 16) String presenter) {
    }

    /**
     * The chair's conclusion on an item that is not a proposal, with the action items agreed under it, all or none.
     */
    record Conclusion(@NotNull ItemConclusion conclusion, @Size(max = MeetingService.DECISION_NOTE_LENGTH) String note,
            LocalDate decidedOn, @Size(max = 20) List<@Valid Action> actions) {
    }

    /** An action item: what is to be done, by whom (a member administration or regional entity), by when. */
    record Action(@NotBlank @Size(max = ActionItems.DESCRIPTION_LENGTH) String description, @NotBlank @Size(max = 16) String owner,
            @NotNull LocalDate dueOn) {
    }

    /** Why a meeting is postponed or cancelled; everyone invited is told. */
    record CallOff(@NotBlank @Size(max = MeetingService.CALL_OFF_REASON_LENGTH) String reason) {
    }

    /** The member administration may be left out by a contact point of only one. */
    record Objection(@NotBlank String reference, String member,
            @NotBlank @Size(max = MeetingService.OBJECTION_REASON_LENGTH) String reason) {
    }
}
