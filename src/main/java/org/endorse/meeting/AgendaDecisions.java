package org.endorse.meeting;

import java.time.LocalDate;

import org.endorse.proposal.MeetingDecision;
import org.endorse.proposal.ProposalService;
import org.endorse.proposal.ProposalStage;
import org.endorse.system.ConflictException;
import org.endorse.system.InvalidFieldException;
import org.endorse.system.Texts;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The one way a meeting's decision on an item is taken, whether the chair records it or a written procedure
 * concludes. The item is where the decision is kept (the meeting's pages, API and record of decisions read it
 * there); the proposal's timeline entry, its process variable and the ProposalDecided notice are derived from it
 * here, in the same transaction, by {@link ProposalService#decideAtMeeting}.
 */
@Component
class AgendaDecisions {

    private final ProposalService proposals;

    AgendaDecisions(ProposalService proposals) {
        this.proposals = proposals;
    }

    /**
     * Takes the decision on the item. The same decision again is harmless; a different one at the same stage is a
     * conflict, reported against {@code field}.
     */
    void take(Meeting meeting, AgendaItem item, MeetingDecision decision, String actor, String note, LocalDate on,
            String field) {
        // A deferral is taken at the stage the item is at; repeated, at the stage it deferred.
        ProposalStage stage = decision.stage().or(() -> item.stageToDecide(meeting.getType().stages()))
                .or(item::deferredAt).orElse(item.getStage());
        if (!meeting.getType().stages().contains(stage)) {
            throw new InvalidFieldException(field, "error.meeting.decisionNotHere", String.valueOf(meeting.getType()
                    .stages().stream().flatMap(s -> MeetingDecision.of(s).stream()).toList()),
                    meeting.getType().labelText());
        }
        MeetingDecision already = item.decisionAt(stage);
        if (already == decision) {
            return;
        }
        if (already != null) {
            throw new ConflictException("error.meeting.alreadyDecided", meeting.nameText(), already.name(),
                    item.getProposalReference(), decision.name());
        }
        if (item.getState() != AgendaItemState.PENDING) {
            MessageSourceResolvable state = Texts.of("error.meeting.item." + item.getState().name());
            throw item.getNote() == null
                    ? new ConflictException("error.meeting.itemNotOpen", item.getProposalReference(),
                            meeting.nameText(), state)
                    : new ConflictException("error.meeting.itemNotOpenWithNote", item.getProposalReference(),
                            meeting.nameText(), state, item.getNote());
        }
        if (stage == ProposalStage.ENDORSEMENT && item.getStage() == ProposalStage.REVIEW
                && item.getRecommendation() == null) {
            throw new ConflictException("error.meeting.recommendationFirst", item.getProposalReference());
        }
        // Recorded on the item first: the decision may end the proposal, and the item must not then look undecided.
        item.record(decision, stage, meeting.getType().stages(), note, on);
        proposals.decideAtMeeting(item.getProposalReference(), item.decisionAt(stage), actor, meeting.name(), note, on);
    }
}
