package org.endorse.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalService;
import org.endorse.proposal.ProposalStage;
import org.endorse.proposal.ProposalStatus;
import org.springframework.stereotype.Component;

/**
 * The proposals an agenda is made of, for the process that assembles it and the secretariat that changes it: those
 * waiting at the meeting's stages, each on one agenda at a time.
 */
@Component
class AgendaProposals {

    private final MeetingRepository meetings;
    private final ProposalService proposals;

    AgendaProposals(MeetingRepository meetings, ProposalService proposals) {
        this.meetings = meetings;
        this.proposals = proposals;
    }

    /** Proposals waiting at the meeting's stages and on no other meeting's agenda, oldest submission first. */
    List<Proposal> waitingFor(Meeting meeting) {
        List<Proposal> waiting = proposals.waitingAt(meeting.getType().stages());
        Set<String> elsewhere = onOtherAgendas(meeting, waiting.stream().map(Proposal::getReference).toList());
        return waiting.stream().filter(p -> !elsewhere.contains(p.getReference())).toList();
    }

    /** Which of these proposals wait on the agenda of another meeting not yet closed. */
    Set<String> onOtherAgendas(Meeting meeting, List<String> references) {
        return meetings.findPendingItems(references).stream()
                .filter(item -> !item.getMeeting().getId().equals(meeting.getId()))
                .map(AgendaItem::getProposalReference).collect(Collectors.toSet());
    }

    /** The meeting's papers went out: every member administration may now read the proposals on its agenda. */
    void papersCirculated(Meeting meeting, Instant at) {
        proposals.markInCirculatedPapers(meeting.getAgenda().stream().filter(AgendaItem::isProposal)
                .map(AgendaItem::getProposalReference).toList(), at);
    }

    AgendaItem itemFor(Meeting meeting, Proposal proposal) {
        ProposalStage stage = proposal.getStatus() == ProposalStatus.UNDER_REVIEW ? ProposalStage.REVIEW
                : ProposalStage.ENDORSEMENT;
        return new AgendaItem(meeting, proposal.getReference(), proposal.getTitle(), proposal.getSubmittingMember(),
                proposals.agendaHeading(proposal), stage);
    }
}
