package org.endorse.nomination;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManager;

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
 * <p>
 * They are for {@value #SEAT}, a configured seat of one place with no WCO election that is held until the region
 * decides otherwise, so its nominations give their own term: each label a test names gets a term of its own, later
 * than any in the database, so that the nominations of one label compete and never meet those of another test.
 */
@Component
public class NominationFixtures {

    public static final String SEAT = "ROCB-AP-HOST";

    private final NominationService nominations;
    private final EntityManager entities;
    private final ProposalService proposals;
    private final ProposalTasks tasks;
    private final TaskService taskService;
    private final Map<String, Term> terms = new ConcurrentHashMap<>();
    private LocalDate lastAssigned = LocalDate.of(2100, 1, 1);

    NominationFixtures(NominationService nominations, EntityManager entities, ProposalService proposals,
            ProposalTasks tasks, TaskService taskService) {
        this.nominations = nominations;
        this.entities = entities;
        this.proposals = proposals;
        this.tasks = tasks;
        this.taskService = taskService;
    }

    /** A term of {@link #SEAT}: its own for each label. */
    public record Term(LocalDate from, LocalDate to) {
    }

    public synchronized Term termFor(String label) {
        return terms.computeIfAbsent(label, newLabel -> {
            LocalDate inDatabase = entities.createQuery("select max(n.termTo) from Nomination n where n.seatCode = :seat",
                    LocalDate.class).setParameter("seat", SEAT).getSingleResult();
            LocalDate latest = inDatabase != null && inDatabase.isAfter(lastAssigned) ? inDatabase : lastAssigned;
            Term term = new Term(latest.plusDays(1), latest.plusDays(2));
            lastAssigned = term.to();
            return term;
        });
    }

    public String submitted(String member, String label) {
        Term term = termFor(label);
        Proposal draft = proposals.draft(TestUsers.MEMBER, nominations, new NominationRequest(
                members(member) + " for " + label, member, new NominationRequest.SeatChoice(SEAT),
                new NominationRequest.Term(term.from(), term.to()), member, null,
                members(member) + " offers its experience to the region."));
        proposals.submit(TestUsers.MEMBER, draft.getReference());
        return draft.getReference();
    }

    /** Submitted and checked: waiting for the contact points' review. */
    public String waitingForReview(String member, String label) {
        String reference = submitted(member, label);
        check(reference);
        return reference;
    }

    /** Recommended by an earlier contact points meeting: waiting for the heads of Customs. */
    public String waitingForEndorsement(String member, String label) {
        String reference = waitingForReview(member, label);
        proposals.decideAtMeeting(reference, MeetingDecision.RECOMMENDED, TestUsers.CHAIR.id(),
                "29th Regional Contact Points Meeting", null, null);
        return reference;
    }

    /**
     * Endorsed by the heads of Customs for a configured seat's term starting on the day: where a WCO body elects to
     * the seat, waiting for the secretariat to record its election. Indonesia submits it where the test's member user
     * does not act for the member administration nominated.
     */
    public String endorsed(String member, String seatCode, LocalDate termFrom) {
        String reference = awaitingEndorsementFor(member, seatCode, termFrom);
        proposals.decideAtMeeting(reference, MeetingDecision.ENDORSED, TestUsers.CHAIR.id(),
                "22nd Regional Heads of Customs Administrative Conference", null, null);
        return reference;
    }

    /** Recommended by the contact points for a configured seat's term: waiting for the heads of Customs. */
    public String awaitingEndorsementFor(String member, String seatCode, LocalDate termFrom) {
        String reference = submittedFor(member, seatCode, termFrom);
        check(reference);
        proposals.decideAtMeeting(reference, MeetingDecision.RECOMMENDED, TestUsers.CHAIR.id(),
                "29th Regional Contact Points Meeting", null, null);
        return reference;
    }

    /** Submitted for a configured seat's term starting on the day. */
    public String submittedFor(String member, String seatCode, LocalDate termFrom) {
        String submittingMember = List.of("IDN", "JPN", "CHN").contains(member) ? member : "IDN";
        Proposal draft = proposals.draft(TestUsers.MEMBER, nominations, new NominationRequest(
                members(member) + " for " + seatCode, submittingMember, new NominationRequest.SeatChoice(seatCode),
                new NominationRequest.Term(termFrom, null), member, "A. Delegate",
                members(member) + " offers its experience to the region."));
        proposals.submit(TestUsers.MEMBER, draft.getReference());
        return draft.getReference();
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
