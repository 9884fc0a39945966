package org.endorse.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.endorse.proposal.MeetingDecision;
import org.endorse.proposal.ProposalStage;

/** A meeting as the API shows it; the agenda is grouped under headings (competing nominations together). */
record MeetingView(Long id, MeetingType type, int number, String name, String title, LocalDate startDate,
        LocalDate endDate, String timeZone, String hostMember, String venue, String chair, String alternateChair,
        MeetingMode mode, MeetingStatus status, Instant objectionDeadline, Instant circulatedAt, Instant closedAt,
        Set<String> attendance, List<Heading> agenda) {

    record Heading(String heading, List<Item> items) {
    }

    record Item(int position, String reference, String title, String submittingMember, ProposalStage stage,
            AgendaItemState state, MeetingDecision recommendation, MeetingDecision endorsement, String note,
            List<ObjectionView> objections) {
    }

    record ObjectionView(String member, String raisedBy, Instant raisedAt, String reason) {
    }

    static MeetingView of(Meeting meeting, boolean withAgenda) {
        List<Heading> agenda = !withAgenda ? null : meeting.agendaByHeading().stream()
                .map(group -> new Heading(group.get(0).getHeading(), group.stream().map(MeetingView::item).toList()))
                .toList();
        return new MeetingView(meeting.getId(), meeting.getType(), meeting.getNumber(), meeting.name(),
                meeting.getTitle(), meeting.getStartDate(), meeting.getEndDate(), meeting.getTimeZone().getId(),
                meeting.getHostMember(), meeting.getVenue(), meeting.getChair(), meeting.getAlternateChair(),
                meeting.getMode(), meeting.getStatus(), meeting.getObjectionDeadline(), meeting.getCirculatedAt(),
                meeting.getClosedAt(), Set.copyOf(meeting.getAttendance()), agenda);
    }

    private static Item item(AgendaItem item) {
        return new Item(item.getPosition(), item.getProposalReference(), item.getProposalTitle(),
                item.getSubmittingMember(), item.getStage(), item.getState(), item.getRecommendation(),
                item.getEndorsement(), item.getNote(), item.getObjections().stream()
                        .map(o -> new ObjectionView(o.getMemberCode(), o.getRaisedBy(), o.getRaisedAt(), o.getReason()))
                        .toList());
    }
}
