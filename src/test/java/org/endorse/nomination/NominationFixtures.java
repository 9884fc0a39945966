package org.endorse.nomination;

import java.time.LocalDate;

import org.camunda.bpm.engine.TaskService;
import org.endorse.TestUsers;
import org.endorse.proposal.MeetingDecision;
import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalService;
import org.endorse.proposal.ProposalTasks;
import org.springframework.stereotype.Component;

/**
 * Nominations brought to the stage a test needs, through the real services: drafted and submitted by the
 * member, checked by the secretariat, and for endorsement also recommended by a contact points meeting.
 */
@Component
public class NominationFixtures {

    private final NominationService nominations;
    private final ProposalService proposals;
    private final ProposalTasks tasks;
    private final TaskService taskService;

    NominationFixtures(NominationService nominations, ProposalService proposals, ProposalTasks tasks,
            TaskService taskService) {
        this.nominations = nominations;
        this.proposals = proposals;
        this.tasks = tasks;
        this.taskService = taskService;
    }

    public String submitted(String member, String seat) {
        return submitted(member, seat, SeatType.COMMITTEE_REPRESENTATIVE, LocalDate.of(2027, 7, 1));
    }

    public String submitted(String member, String seat, SeatType seatType, LocalDate termFrom) {
        Proposal draft = proposals.draft(TestUsers.MEMBER, nominations, new NominationRequest(
                members(member) + " for " + seat, member, new NominationRequest.Seat(seatType, seat),
                new NominationRequest.Term(termFrom, termFrom.plusYears(2).minusDays(1)), member, null,
                members(member) + " offers its experience to the region."));
        proposals.submit(TestUsers.MEMBER, draft.getReference());
        return draft.getReference();
    }

    /** Submitted and checked: waiting for the contact points' review. */
    public String waitingForReview(String member, String seat) {
        String reference = submitted(member, seat);
        check(reference);
        return reference;
    }

    /** Recommended by an earlier contact points meeting: waiting for the heads of Customs. */
    public String waitingForEndorsement(String member, String seat) {
        String reference = waitingForReview(member, seat);
        proposals.decideAtMeeting(reference, MeetingDecision.RECOMMENDED, TestUsers.CHAIR.id(),
                "29th Regional Contact Points Meeting", null, null);
        return reference;
    }

    public void check(String reference) {
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();
        tasks.complete(TestUsers.SECRETARIAT, taskId, "COMPLETE", null, null);
    }

    private static String members(String code) {
        return switch (code) {
            case "IDN" -> "Indonesia";
            case "JPN" -> "Japan";
            case "CHN" -> "China";
            default -> code;
        };
    }
}
