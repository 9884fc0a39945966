package org.endorse.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.endorse.proposal.ProposalCheckProcess;
import org.endorse.proposal.ProposalEndorsementProcess;
import org.endorse.proposal.ProposalTree;
import org.endorse.EndorseTest;
import org.endorse.TestUsers;
import org.endorse.proposal.MeetingDecision;
import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalEvent;
import org.endorse.proposal.ProposalEventType;
import org.endorse.proposal.ProposalService;
import org.endorse.proposal.ProposalStatus;
import org.endorse.proposal.ProposalTasks;
import org.endorse.register.Representation;
import org.endorse.register.RepresentationRegister;
import org.endorse.system.ConflictException;
import org.endorse.system.ForbiddenException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of processes/regional-nomination.bpmn, walked through the real services on the real engine:
 * the member drafts and submits, the secretariat completes its check, meetings' decisions arrive as messages,
 * timers are fired by the test.
 */
@EndorseTest
class RegionalNominationProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    NominationService nominations;
    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalTasks tasks;
    @Autowired
    NominationFixtures fixtures;
    @Autowired
    RepresentationRegister register;

    /** The day a meeting decides in these tests, with no date given: the engine's (UTC) today. */
    static final LocalDate TODAY = LocalDate.now(java.time.ZoneOffset.UTC);

    /** Each test nominates for a seat of its own, so competing nominations of other tests never meet. */
    String seat;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        seat = "Policy Commission " + UUID.randomUUID();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void checkedRecommendedAndEndorsedNominationEnds() {
        ProcessInstance process = submit("IDN");
        ProposalTree.assertThat(process).isWaitingAt(ProposalCheckProcess.USER_CHECK_SUBMISSION);
        BpmnAwareTests.assertThat(ProposalTree.task(process)).hasCandidateGroup("secretariat");

        decide(process, "COMPLETE", TestUsers.SECRETARIAT);
        ProposalTree.assertThat(process).isWaitingAt(ProposalEndorsementProcess.RECEIVE_CONTACT_POINT_REVIEW);
        assertThat(status(process)).isEqualTo(ProposalStatus.UNDER_REVIEW);

        meetingDecides(process, MeetingDecision.RECOMMENDED);
        ProposalTree.assertThat(process).isWaitingAt(ProposalEndorsementProcess.RECEIVE_ENDORSEMENT_DECISION);
        assertThat(status(process)).isEqualTo(ProposalStatus.AWAITING_ENDORSEMENT);

        meetingDecides(process, MeetingDecision.ENDORSED);
        ProposalTree.assertThat(process).hasPassedInOrder(ProposalCheckProcess.USER_CHECK_SUBMISSION,
                ProposalEndorsementProcess.RECEIVE_CONTACT_POINT_REVIEW, ProposalEndorsementProcess.RECEIVE_ENDORSEMENT_DECISION,
                NominationProcess.SERVICE_CLOSE_COMPETING, NominationProcess.SERVICE_TAKE_SEAT,
                NominationProcess.END_ENDORSED).hasNotPassed(NominationProcess.USER_RECORD_ELECTION).isEnded();
        assertThat(holders(NominationFixtures.SEAT)).as("no WCO body elects to this seat: the endorsed one takes it")
                .contains(process.getBusinessKey());
        Proposal proposal = proposals.byReference(process.getBusinessKey());
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.ENDORSED);
        assertThat(proposal.getClosedAt()).isNotNull();
        assertThat(timeline(process)).containsExactly(ProposalEventType.DRAFTED, ProposalEventType.SUBMITTED,
                ProposalEventType.CHECKED, ProposalEventType.REVIEWED, ProposalEventType.ENDORSED);
    }

    @Test
    void notRecommendedNominationStillGoesToTheHeadsOfCustomsWhoDoNotEndorseIt() {
        ProcessInstance process = submit("JPN");
        decide(process, "COMPLETE", TestUsers.SECRETARIAT);
        meetingDecides(process, MeetingDecision.NOT_RECOMMENDED);
        ProposalTree.assertThat(process).isWaitingAt(ProposalEndorsementProcess.RECEIVE_ENDORSEMENT_DECISION);

        meetingDecides(process, MeetingDecision.NOT_ENDORSED);
        ProposalTree.assertThat(process).hasPassed(NominationProcess.END_NOT_ENDORSED)
                .hasNotPassed(NominationProcess.SERVICE_CLOSE_COMPETING).isEnded();
        assertThat(status(process)).isEqualTo(ProposalStatus.NOT_ENDORSED);
    }

    @Test
    void returnedNominationIsAmendedAndResubmittedForAnotherCheck() {
        ProcessInstance process = submit("IDN");
        decide(process, "RETURN", TestUsers.SECRETARIAT, "The nominee's term of office is missing");
        ProposalTree.assertThat(process).isWaitingAt(ProposalCheckProcess.USER_AMEND_PROPOSAL);
        BpmnAwareTests.assertThat(ProposalTree.task(process)).hasCandidateGroup("member-IDN");
        assertThat(status(process)).isEqualTo(ProposalStatus.RETURNED);

        proposals.edit(TestUsers.MEMBER, process.getBusinessKey(), nominations, request("IDN", "IDN"));
        proposals.submit(TestUsers.MEMBER, process.getBusinessKey());

        ProposalTree.assertThat(process).isWaitingAt(ProposalCheckProcess.USER_CHECK_SUBMISSION);
        assertThat(status(process)).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(timeline(process)).containsSubsequence(ProposalEventType.RETURNED, ProposalEventType.AMENDED);
        assertThat(ProposalTree.job(process)).as("the lapse timer is gone once the member resubmitted").isNull();
    }

    @Test
    void returnedNominationLapsesAfterDeadline() {
        ProcessInstance process = submit("CHN");
        Instant returnedAt = Instant.parse("2027-01-10T09:00:00Z");
        ClockUtil.setCurrentTime(Date.from(returnedAt));
        decide(process, "RETURN", TestUsers.SECRETARIAT, "Supporting statement is not signed");
        ProposalTree.assertThat(process).isWaitingAt(ProposalCheckProcess.USER_AMEND_PROPOSAL);

        assertThat(ProposalTree.job(process).getDuedate().toInstant()).isEqualTo(returnedAt.plus(Duration.ofDays(30)));
        assertThat(ProposalTree.task(process).getDueDate()).as("the member's task shows the lapse as its deadline")
                .isEqualTo(ProposalTree.job(process).getDuedate());
        ClockUtil.setCurrentTime(Date.from(returnedAt.plus(Duration.ofDays(31))));
        execute(ProposalTree.job(process));

        ProposalTree.assertThat(process).hasPassedInOrder(ProposalCheckProcess.USER_AMEND_PROPOSAL,
                ProposalCheckProcess.SERVICE_RECORD_LAPSED_RETURN, NominationProcess.END_LAPSED).isEnded();
        Proposal proposal = proposals.byReference(process.getBusinessKey());
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.WITHDRAWN);
        assertThat(proposal.getTimeline().get(proposal.getTimeline().size() - 1).getNote())
                .contains("not answered within 30 days");
    }

    @Test
    void deferredReviewComesBackForAnotherReview() {
        ProcessInstance process = submit("IDN");
        decide(process, "COMPLETE", TestUsers.SECRETARIAT);
        meetingDecides(process, MeetingDecision.DEFERRED);

        ProposalTree.assertThat(process).isWaitingAt(ProposalEndorsementProcess.RECEIVE_CONTACT_POINT_REVIEW);
        assertThat(status(process)).isEqualTo(ProposalStatus.UNDER_REVIEW);
        meetingDecides(process, MeetingDecision.RECOMMENDED);
        ProposalTree.assertThat(process).isWaitingAt(ProposalEndorsementProcess.RECEIVE_ENDORSEMENT_DECISION);
        assertThat(timeline(process)).containsSubsequence(ProposalEventType.DEFERRED, ProposalEventType.REVIEWED);
    }

    @Test
    void deferredEndorsementWaitsForTheNextDecision() {
        ProcessInstance process = submit("JPN");
        decide(process, "COMPLETE", TestUsers.SECRETARIAT);
        meetingDecides(process, MeetingDecision.RECOMMENDED);
        meetingDecides(process, MeetingDecision.DEFERRED);

        ProposalTree.assertThat(process).isWaitingAt(ProposalEndorsementProcess.RECEIVE_ENDORSEMENT_DECISION);
        assertThat(status(process)).isEqualTo(ProposalStatus.AWAITING_ENDORSEMENT);
        meetingDecides(process, MeetingDecision.ENDORSED);
        ProposalTree.assertThat(process).hasPassed(NominationProcess.END_ENDORSED).isEnded();
    }

    @Test
    void memberWithdrawsAtEachStepBeforeADecision() {
        for (String stepReached : List.of(ProposalCheckProcess.USER_CHECK_SUBMISSION,
                ProposalCheckProcess.USER_AMEND_PROPOSAL, ProposalEndorsementProcess.RECEIVE_CONTACT_POINT_REVIEW,
                ProposalEndorsementProcess.RECEIVE_ENDORSEMENT_DECISION)) {
            ProcessInstance process = submit("IDN");
            switch (stepReached) {
                case ProposalCheckProcess.USER_AMEND_PROPOSAL -> decide(process, "RETURN", TestUsers.SECRETARIAT, "Incomplete");
                case ProposalEndorsementProcess.RECEIVE_CONTACT_POINT_REVIEW -> decide(process, "COMPLETE", TestUsers.SECRETARIAT);
                case ProposalEndorsementProcess.RECEIVE_ENDORSEMENT_DECISION -> {
                    decide(process, "COMPLETE", TestUsers.SECRETARIAT);
                    meetingDecides(process, MeetingDecision.RECOMMENDED);
                }
                default -> {
                }
            }
            ProposalTree.assertThat(process).isWaitingAt(stepReached);

            proposals.withdraw(TestUsers.MEMBER, process.getBusinessKey(), "Our candidate is no longer available");

            ProposalTree.assertThat(process).hasPassed(NominationProcess.END_WITHDRAWN).isEnded();
            assertThat(status(process)).as("withdrawn from " + stepReached).isEqualTo(ProposalStatus.WITHDRAWN);
            assertThat(timeline(process)).endsWith(ProposalEventType.WITHDRAWN);
        }
    }

    @Test
    void decidedNominationCannotBeWithdrawn() {
        ProcessInstance process = submit("IDN");
        decide(process, "COMPLETE", TestUsers.SECRETARIAT);
        meetingDecides(process, MeetingDecision.RECOMMENDED);
        meetingDecides(process, MeetingDecision.NOT_ENDORSED);

        assertThatThrownBy(() -> proposals.withdraw(TestUsers.MEMBER, process.getBusinessKey(), "Too late"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("not endorsed");
    }

    @Test
    void endorsingOneNominationClosesTheCompetingOnesForTheSameSeatAndTerm() {
        ProcessInstance indonesia = submit("IDN");
        ProcessInstance japan = submit("JPN");
        ProcessInstance chinaReturned = submit("CHN");
        decide(chinaReturned, "RETURN", TestUsers.SECRETARIAT, "Please attach the nominee's CV");
        for (ProcessInstance process : List.of(indonesia, japan)) {
            decide(process, "COMPLETE", TestUsers.SECRETARIAT);
            meetingDecides(process, MeetingDecision.RECOMMENDED);
        }
        Proposal otherTerm = draftAndSubmitForTerm("JPN", LocalDate.of(2031, 7, 1), LocalDate.of(2033, 6, 30));

        meetingDecides(indonesia, MeetingDecision.ENDORSED);

        BpmnAwareTests.assertThat(indonesia).hasPassed(NominationProcess.END_ENDORSED).isEnded();
        for (ProcessInstance competitor : List.of(japan, chinaReturned)) {
            BpmnAwareTests.assertThat(competitor).hasPassed(NominationProcess.END_CLOSED_BY_COMPETITOR).isEnded();
            Proposal closed = proposals.byReference(competitor.getBusinessKey());
            assertThat(closed.getStatus()).isEqualTo(ProposalStatus.NOT_ENDORSED);
            ProposalEvent last = closed.getTimeline().get(closed.getTimeline().size() - 1);
            assertThat(last.getType()).isEqualTo(ProposalEventType.CLOSED_BY_COMPETITOR);
            assertThat(last.getNote()).contains(indonesia.getBusinessKey());
        }
        assertThat(proposals.byReference(otherTerm.getReference()).getStatus())
                .as("a nomination for another term is not a competitor").isEqualTo(ProposalStatus.SUBMITTED);
    }

    @Test
    void aSeatWithSeveralPlacesClosesItsOtherNominationsOnlyOnceEndorsedOnesFillThem() {
        // The Finance Committee: 4 places for the region, elected by the WCO Council.
        LocalDate term = LocalDate.of(2041, 7, 1);
        List<ProcessInstance> slate = List.of(awaitingEndorsement("IDN", "FINANCE-COMMITTEE", term),
                awaitingEndorsement("JPN", "FINANCE-COMMITTEE", term), awaitingEndorsement("CHN", "FINANCE-COMMITTEE",
                        term), awaitingEndorsement("AUS", "FINANCE-COMMITTEE", term));
        ProcessInstance fifth = awaitingEndorsement("KOR", "FINANCE-COMMITTEE", term);

        for (ProcessInstance candidate : slate.subList(0, 3)) {
            meetingDecides(candidate, MeetingDecision.ENDORSED);
            ProposalTree.assertThat(candidate).isWaitingAt(NominationProcess.USER_RECORD_ELECTION);
            BpmnAwareTests.assertThat(ProposalTree.task(candidate)).hasCandidateGroup("secretariat");
            assertThat(status(candidate)).isEqualTo(ProposalStatus.ENDORSED);
        }
        assertThat(status(fifth)).as("one place is left").isEqualTo(ProposalStatus.AWAITING_ENDORSEMENT);

        meetingDecides(slate.get(3), MeetingDecision.ENDORSED);
        BpmnAwareTests.assertThat(fifth).hasPassed(NominationProcess.END_CLOSED_BY_COMPETITOR).isEnded();
        Proposal closed = proposals.byReference(fifth.getBusinessKey());
        assertThat(closed.getStatus()).isEqualTo(ProposalStatus.NOT_ENDORSED);
        assertThat(closed.getTimeline().get(closed.getTimeline().size() - 1).getNote())
                .contains("the 4 places were filled, the last by " + slate.get(3).getBusinessKey());
        for (ProcessInstance candidate : slate) {
            ProposalTree.assertThat(candidate).isWaitingAt(NominationProcess.USER_RECORD_ELECTION);
        }
    }

    @Test
    void anElectedCandidateTakesTheSeatAndOneNotElectedDoesNot() {
        // The Policy Commission: 5 places for the region, elected by the WCO Council.
        LocalDate term = LocalDate.of(2042, 7, 1);
        ProcessInstance elected = awaitingEndorsement("IDN", "POLICY-COMMISSION", term);
        ProcessInstance notElected = awaitingEndorsement("JPN", "POLICY-COMMISSION", term);
        meetingDecides(elected, MeetingDecision.ENDORSED);
        meetingDecides(notElected, MeetingDecision.ENDORSED);

        nominations.recordElection(TestUsers.SECRETARIAT, elected.getBusinessKey(), new ElectionRequest(
                ElectionRequest.Outcome.ELECTED, "191st/192nd Council Sessions", TODAY, null));
        nominations.recordElection(TestUsers.SECRETARIAT, notElected.getBusinessKey(), new ElectionRequest(
                ElectionRequest.Outcome.NOT_ELECTED, "191st/192nd Council Sessions", TODAY,
                "Another region's candidate was preferred"));

        ProposalTree.assertThat(elected).hasPassedInOrder(NominationProcess.SERVICE_CLOSE_COMPETING,
                NominationProcess.USER_RECORD_ELECTION, NominationProcess.SERVICE_TAKE_ELECTED_SEAT,
                NominationProcess.END_ELECTED).isEnded();
        assertThat(status(elected)).isEqualTo(ProposalStatus.ELECTED);
        ProposalTree.assertThat(notElected).hasPassed(NominationProcess.END_NOT_ELECTED)
                .hasNotPassed(NominationProcess.SERVICE_TAKE_ELECTED_SEAT).isEnded();
        assertThat(status(notElected)).isEqualTo(ProposalStatus.NOT_ELECTED);
        assertThat(timeline(notElected)).endsWith(ProposalEventType.ENDORSED, ProposalEventType.NOT_ELECTED);
        assertThat(holders("POLICY-COMMISSION")).as("only the elected candidate takes the seat")
                .contains(elected.getBusinessKey()).doesNotContain(notElected.getBusinessKey());
    }

    @Test
    void onlyTheSecretariatRecordsAnElectionAndOnlyOnce() {
        ProcessInstance candidate = awaitingEndorsement("CHN", "POLICY-COMMISSION", LocalDate.of(2043, 7, 1));
        ElectionRequest election = new ElectionRequest(ElectionRequest.Outcome.ELECTED,
                "193rd/194th Council Sessions", TODAY, null);
        assertThatThrownBy(() -> nominations.recordElection(TestUsers.SECRETARIAT, candidate.getBusinessKey(),
                election)).as("not endorsed yet").isInstanceOf(ConflictException.class);

        meetingDecides(candidate, MeetingDecision.ENDORSED);
        assertThatThrownBy(() -> nominations.recordElection(TestUsers.CHAIR, candidate.getBusinessKey(), election))
                .isInstanceOf(ForbiddenException.class);
        nominations.recordElection(TestUsers.SECRETARIAT, candidate.getBusinessKey(), election);
        assertThatThrownBy(() -> nominations.recordElection(TestUsers.SECRETARIAT, candidate.getBusinessKey(),
                election)).isInstanceOf(ConflictException.class);
    }

    private List<String> holders(String seatCode) {
        return register.today(TestUsers.SECRETARIAT).seats().stream().filter(seat -> seat.code().equals(seatCode))
                .flatMap(seat -> java.util.stream.Stream.of(seat.current(), seat.next(), seat.previous()))
                .flatMap(List::stream).map(Representation.Holder::nominationReference).toList();
    }

    private ProcessInstance submit(String member) {
        Proposal draft = proposals.draft(TestUsers.MEMBER, nominations, request(member, member));
        proposals.submit(TestUsers.MEMBER, draft.getReference());
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(draft.getReference())
                .rootProcessInstances().singleResult();
    }

    private Proposal draftAndSubmitForTerm(String member, LocalDate from, LocalDate to) {
        NominationRequest defaults = request(member, member);
        NominationRequest request = new NominationRequest(defaults.title(), member, defaults.seat(),
                new NominationRequest.Term(from, to), member, null, defaults.supportingStatement());
        Proposal draft = proposals.draft(TestUsers.MEMBER, nominations, request);
        return proposals.submit(TestUsers.MEMBER, draft.getReference());
    }

    private NominationRequest request(String submittingMember, String nominatedMember) {
        NominationFixtures.Term term = fixtures.termFor(seat);
        return request(submittingMember, NominationFixtures.SEAT, new NominationRequest.Term(term.from(), term.to()));
    }

    /** Submitted by Indonesia, or by the member administration nominated where the test user acts for it. */
    private NominationRequest request(String member, String seatCode, NominationRequest.Term term) {
        String submittingMember = List.of("IDN", "JPN", "CHN").contains(member) ? member : "IDN";
        return new NominationRequest(member + " as regional representative", submittingMember,
                new NominationRequest.SeatChoice(seatCode), term, member, "A. Nominee",
                "Brings ten years of regional experience.");
    }

    /** Submitted, checked and recommended: waiting for the heads of Customs. */
    private ProcessInstance awaitingEndorsement(String member, String seatCode, LocalDate termFrom) {
        Proposal draft = proposals.draft(TestUsers.MEMBER, nominations, request(member, seatCode,
                new NominationRequest.Term(termFrom, null)));
        proposals.submit(TestUsers.MEMBER, draft.getReference());
        ProcessInstance process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(
                draft.getReference()).rootProcessInstances().singleResult();
        decide(process, "COMPLETE", TestUsers.SECRETARIAT);
        meetingDecides(process, MeetingDecision.RECOMMENDED);
        return process;
    }

    private void decide(ProcessInstance process, String decision, org.endorse.security.EndorseUser user) {
        decide(process, decision, user, null);
    }

    private void decide(ProcessInstance process, String decision, org.endorse.security.EndorseUser user,
            String reason) {
        String taskId = engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(process.getBusinessKey()).singleResult().getId();
        tasks.complete(user, taskId, decision, reason, null);
    }

    /** What a meeting's decision does to the nomination (the meeting tests walk the meeting around it). */
    private void meetingDecides(ProcessInstance process, MeetingDecision decision) {
        proposals.decideAtMeeting(process.getBusinessKey(), decision, TestUsers.CHAIR.id(), "Test meeting", null, null);
    }

    private ProposalStatus status(ProcessInstance process) {
        return proposals.byReference(process.getBusinessKey()).getStatus();
    }

    private List<ProposalEventType> timeline(ProcessInstance process) {
        return proposals.byReference(process.getBusinessKey()).getTimeline().stream()
                .map(org.endorse.proposal.ProposalEvent::getType).toList();
    }
}
