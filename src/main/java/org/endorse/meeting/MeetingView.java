package org.endorse.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.endorse.proposal.MeetingDecision;
import org.endorse.proposal.ProposalStage;

/**
 * A meeting as the API shows it; the agenda is grouped under headings (reports, follow-ups of action items,
 * proposals with competing nominations together, matters), and the action items it agreed follow.
 */
record MeetingView(Long id, MeetingType type, int number, Integer contactPointsNumber, String name, String title,
        LocalDate startDate, LocalDate endDate, String timeZone, String hostMember, String venue, String chair,
        String alternateChair, String actingChair, MeetingMode mode, MeetingStatus status, Instant objectionDeadline,
        Instant circulatedAt, Instant closedAt, String calledOffReason, Set<String> attendance, Set<String> observers,
        List<Heading> agenda) {

    record Heading(String heading, List<Item> items) {
    }

    /**
     * An agenda item: a proposal ({@code reference}, {@code submittingMember}, its decisions) or a report, matter or
     * follow-up ({@code presenter}, {@code conclusion}, and for a follow-up the action item it is about).
     */
    record Item(Long id, int position, AgendaItemKind kind, String reference, String title, String submittingMember,
            String presenter, ProposalStage stage, AgendaItemState state, MeetingDecision recommendation,
            MeetingDecision endorsement, ItemConclusion conclusion, LocalDate decidedOn, String chairNote, String note,
            Long followsUpActionItem, LocalDate followsUpDueOn, List<ObjectionView> objections) {
    }

    record ObjectionView(String member, String raisedBy, Instant raisedAt, String reason) {
    }

    /** An action item: what, whose, by when, where it was agreed, and where it was closed. */
    record ActionItemView(Long id, String description, String owner, LocalDate dueOn, Long agreedAtMeeting,
            LocalDate agreedOn, Long agreedUnderItem, ActionItem.Status status, Long closedAtMeeting, LocalDate closedOn,
            String closingNote) {

        static ActionItemView of(ActionItem item) {
            return new ActionItemView(item.getId(), item.getDescription(), item.getOwner(), item.getDueOn(),
                    item.getMeeting().getId(), item.getAgreedOn(), item.getAgreedUnder().getId(), item.getStatus(),
                    item.getClosedAt() == null ? null : item.getClosedAt().getId(), item.getClosedOn(),
                    item.getClosingNote());
        }
    }

    static MeetingView of(Meeting meeting, boolean withAgenda) {
        List<Heading> agenda = !withAgenda ? null : meeting.agendaByHeading().stream()
                .map(group -> new Heading(group.get(0).getHeading(), group.stream().map(MeetingView::item).toList()))
                .toList();
        return new MeetingView(meeting.getId(), meeting.getType(), meeting.getNumber(),
                meeting.getContactPointsNumber(), meeting.name(), meeting.getTitle(), meeting.getStartDate(),
                meeting.getEndDate(), meeting.getTimeZone().getId(), meeting.getHostMember(), meeting.getVenue(),
                meeting.getChair(), meeting.getAlternateChair(), meeting.getActingChair(), meeting.getMode(),
                meeting.getStatus(), meeting.getObjectionDeadline(), meeting.getCirculatedAt(), meeting.getClosedAt(),
                meeting.getCalledOffReason(), Set.copyOf(meeting.getAttendance()), Set.copyOf(meeting.getObservers()),
                agenda);
    }

    private static Item item(AgendaItem item) {
        return new Item(item.getId(), item.getPosition(), item.getKind(), item.getProposalReference(), item.getTitle(),
                item.getSubmittingMember(), item.getPresenter(), item.getStage(), item.getState(),
                item.getRecommendation(), item.getEndorsement(), item.getConclusion(), item.getDecidedOn(),
                item.getChairNote(), item.getNote(), item.getFollowsUp() == null ? null : item.getFollowsUp().getId(),
                item.getFollowsUp() == null ? null : item.getFollowsUp().getDueOn(), item.getObjections().stream()
                        .map(o -> new ObjectionView(o.getMemberCode(), o.getRaisedBy(), o.getRaisedAt(), o.getReason()))
                        .toList());
    }
}
