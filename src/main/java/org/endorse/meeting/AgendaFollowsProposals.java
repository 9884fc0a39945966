package org.endorse.meeting;

import java.util.List;

import org.endorse.member.MemberDirectory;
import org.endorse.proposal.ProposalEvent;
import org.endorse.proposal.ProposalService;
import org.endorse.proposal.ProposalStage;
import org.endorse.proposal.ProposalStatus;
import org.endorse.proposal.ProposalStatusChanged;
import org.endorse.system.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An item whose proposal ends elsewhere (withdrawn, closed by a competitor), or goes to the heads of Customs without
 * the review the item was for, leaves the agenda with a note.
 */
@Component
class AgendaFollowsProposals {

    private static final Logger log = LoggerFactory.getLogger(AgendaFollowsProposals.class);

    private final MeetingRepository meetings;
    private final ProposalService proposals;
    private final MemberDirectory members;

    AgendaFollowsProposals(MeetingRepository meetings, ProposalService proposals, MemberDirectory members) {
        this.meetings = meetings;
        this.proposals = proposals;
        this.members = members;
    }

    @EventListener
    @Transactional
    public void onProposalStatusChanged(ProposalStatusChanged change) {
        if (change.status() == ProposalStatus.AWAITING_ENDORSEMENT) {
            leaveReviewsNotTaken(change);
        }
        if (!change.status().isFinal()) {
            return;
        }
        for (AgendaItem item : meetings.findPendingItems(List.of(change.reference()))) {
            if (change.status() == ProposalStatus.WITHDRAWN) {
                item.leaveUndecided(AgendaItemState.WITHDRAWN, "Withdrawn by "
                        + members.nameOf(item.getSubmittingMember()) + " before the meeting decided it");
            } else {
                item.leaveUndecided(AgendaItemState.CLOSED, "Closed before the meeting decided it: "
                        + change.status().description() + lastNote(change.reference()));
            }
            log.info("{} left the agenda of the {}: {}", change.reference(), item.getMeeting().name(),
                    LogText.escaped(item.getNote()));
        }
    }

    /**
     * A proposal the secretariat placed directly before the heads of Customs leaves the agendas that were to take
     * its review; the heads of Customs' next agenda takes it.
     */
    private void leaveReviewsNotTaken(ProposalStatusChanged change) {
        for (AgendaItem item : meetings.findPendingItems(List.of(change.reference()))) {
            if (item.getStage() == ProposalStage.REVIEW && item.getRecommendation() == null) {
                item.leaveUndecided(AgendaItemState.CLOSED, "Placed directly before the heads of Customs"
                        + lastNote(change.reference()));
                log.info("{} left the agenda of the {}: {}", change.reference(), item.getMeeting().name(),
                        LogText.escaped(item.getNote()));
            }
        }
    }

    private String lastNote(String reference) {
        return proposals.byReference(reference).latestEvent().map(ProposalEvent::getNote)
                .map(note -> " (" + note + ")").orElse("");
    }
}
