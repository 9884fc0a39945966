package org.endorse.laboratory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.endorse.proposal.ProposalCheckProcess;
import org.endorse.proposal.ProposalEndorsementProcess;
import org.endorse.proposal.ProposalTree;
import org.endorse.TestUsers;
import org.endorse.EndorseTest;
import org.endorse.proposal.MeetingDecision;
import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalEvent;
import org.endorse.proposal.ProposalEventType;
import org.endorse.proposal.ProposalService;
import org.endorse.proposal.ProposalStatus;
import org.endorse.proposal.ProposalTasks;
import org.endorse.register.AccreditationWatchProcess;
import org.endorse.security.EndorseUser;
import org.endorse.system.ConflictException;
import org.endorse.system.ForbiddenException;
import org.endorse.system.InvalidFieldException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of processes/laboratory-proposal.bpmn on the real engine and services: the member submits, the
 * secretariat checks, the eligibility table and the assessor assess, meetings' decisions arrive as messages,
 * the secretariat forwards and records the recognition; timers are fired by the test after moving the clock.
 */
@EndorseTest
class LaboratoryProposalProcessTest {

    static final LocalDate LONG_VALID = LocalDate.of(2031, 12, 31);

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService management;
    @Autowired
    LaboratoryService laboratories;
    @Autowired
    LaboratoryDetails details;
    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalTasks tasks;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void eligibleLaboratoryIsEndorsedForwardedRecognisedAndDesignated() {
        ProcessInstance process = submit("CHN", LONG_VALID);
        ProposalTree.assertThat(process).isWaitingAt(ProposalCheckProcess.USER_CHECK_SUBMISSION);
        BpmnAwareTests.assertThat(ProposalTree.task(process)).hasCandidateGroup("secretariat");

        decide(process, TestUsers.SECRETARIAT, "COMPLETE", null);
        ProposalTree.assertThat(process).hasPassed(LaboratoryProcess.RULE_CHECK_ELIGIBILITY)
                .isWaitingAt(LaboratoryProcess.USER_ASSESS_LABORATORY);
        BpmnAwareTests.assertThat(ProposalTree.task(process)).hasCandidateGroup("assessor");
        assertThat(status(process)).isEqualTo(ProposalStatus.UNDER_ASSESSMENT);
        LaboratoryDetails.EligibilityView eligibility = details.of(process.getBusinessKey()).eligibility();
        assertThat(eligibility.result()).isEqualTo(Eligibility.ELIGIBLE);
        assertThat(eligibility.findings()).isEmpty();
        assertThat(tasks.task(TestUsers.ASSESSOR, ProposalTree.task(process).getId()).suggestedDecision()).isEqualTo("ELIGIBLE");

        decide(process, TestUsers.ASSESSOR, "ELIGIBLE", null);
        ProposalTree.assertThat(process).isWaitingAt(ProposalEndorsementProcess.RECEIVE_CONTACT_POINT_REVIEW);
        assertThat(status(process)).isEqualTo(ProposalStatus.UNDER_REVIEW);

        meetingDecides(process, MeetingDecision.RECOMMENDED);
        ProposalTree.assertThat(process).isWaitingAt(ProposalEndorsementProcess.RECEIVE_ENDORSEMENT_DECISION);
        meetingDecides(process, MeetingDecision.ENDORSED);
        ProposalTree.assertThat(process).isWaitingAt(LaboratoryProcess.USER_FORWARD_TO_WCO);
        assertThat(status(process)).isEqualTo(ProposalStatus.ENDORSED);
        assertThat(proposals.byReference(process.getBusinessKey()).getClosedAt())
                .as("endorsed, but not closed before its recognition").isNull();

        decide(process, TestUsers.SECRETARIAT, "FORWARDED", "Letter of the Vice-Chair of 2 December");
        ProposalTree.assertThat(process).isWaitingAt(LaboratoryProcess.USER_RECORD_RECOGNITION);
        assertThat(status(process)).isEqualTo(ProposalStatus.FORWARDED);

        laboratories.recordRecognition(TestUsers.SECRETARIAT, process.getBusinessKey(), new RecognitionRequest(
                RecognitionRequest.Outcome.RECOGNISED, today(), "WCO/RCL/2026/7", null));

        ProposalTree.assertThat(process).hasPassedInOrder(ProposalCheckProcess.USER_CHECK_SUBMISSION,
                LaboratoryProcess.RULE_CHECK_ELIGIBILITY, LaboratoryProcess.USER_ASSESS_LABORATORY,
                ProposalEndorsementProcess.RECEIVE_CONTACT_POINT_REVIEW, ProposalEndorsementProcess.RECEIVE_ENDORSEMENT_DECISION,
                LaboratoryProcess.USER_FORWARD_TO_WCO, LaboratoryProcess.USER_RECORD_RECOGNITION,
                LaboratoryProcess.SERVICE_DESIGNATE, LaboratoryProcess.END_DESIGNATED).isEnded();
        assertThat(status(process)).isEqualTo(ProposalStatus.DESIGNATED);
        assertThat(proposals.byReference(process.getBusinessKey()).getClosedAt()).isNotNull();
        assertThat(details.of(process.getBusinessKey()).recognition().wcoReference()).isEqualTo("WCO/RCL/2026/7");
        assertThat(timeline(process)).containsExactly(ProposalEventType.DRAFTED, ProposalEventType.SUBMITTED,
                ProposalEventType.CHECKED, ProposalEventType.ASSESSED, ProposalEventType.ASSESSED,
                ProposalEventType.REVIEWED, ProposalEventType.ENDORSED, ProposalEventType.FORWARDED,
                ProposalEventType.RECOGNISED);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(AccreditationWatchProcess.KEY)
                .processInstanceBusinessKey(process.getBusinessKey()).rootProcessInstances().count())
                .as("the register watches the designated laboratory's accreditation").isEqualTo(1);
    }

    @Test
    void returnedProposalIsAmendedAndResubmittedForAnotherCheck() {
        ProcessInstance process = submit("IDN", LONG_VALID);
        decide(process, TestUsers.SECRETARIAT, "RETURN", "The accreditation certificate is not attached");
        ProposalTree.assertThat(process).isWaitingAt(ProposalCheckProcess.USER_AMEND_PROPOSAL);
        BpmnAwareTests.assertThat(ProposalTree.task(process)).hasCandidateGroup("member-IDN");
        assertThat(status(process)).isEqualTo(ProposalStatus.RETURNED);

        proposals.edit(TestUsers.MEMBER, process.getBusinessKey(), laboratories,
                LaboratoryFixtures.request("IDN", LONG_VALID));
        proposals.submit(TestUsers.MEMBER, process.getBusinessKey());

        ProposalTree.assertThat(process).isWaitingAt(ProposalCheckProcess.USER_CHECK_SUBMISSION);
        assertThat(timeline(process)).containsSubsequence(ProposalEventType.RETURNED, ProposalEventType.AMENDED);
    }

    @Test
    void returnedProposalLapsesAfterDeadline() {
        Instant returnedAt = Instant.parse("2027-02-01T09:00:00Z");
        ClockUtil.setCurrentTime(Date.from(returnedAt));
        ProcessInstance process = submit("JPN", LONG_VALID);
        decide(process, TestUsers.SECRETARIAT, "RETURN", "Scope is unclear");
        Job lapse = timer(process, ProposalCheckProcess.TIMER_RETURN_LAPSED);
        assertThat(lapse.getDuedate().toInstant()).isEqualTo(returnedAt.plus(Duration.ofDays(30)));

        ClockUtil.setCurrentTime(Date.from(returnedAt.plus(Duration.ofDays(31))));
        execute(lapse);

        ProposalTree.assertThat(process).hasPassedInOrder(ProposalCheckProcess.SERVICE_RECORD_LAPSED_RETURN,
                LaboratoryProcess.END_LAPSED).isEnded();
        assertThat(status(process)).isEqualTo(ProposalStatus.WITHDRAWN);
        assertThat(lastNote(process)).contains("not answered within 30 days");
    }

    @Test
    void proposalReturnedByTheAssessmentLapsesIfNotAmendedInTime() {
        ProcessInstance process = submit("CHN", today().plusMonths(3));
        decide(process, TestUsers.SECRETARIAT, "COMPLETE", null);
        decide(process, TestUsers.ASSESSOR, "NOT_ELIGIBLE", null);
        ProposalTree.assertThat(process).isWaitingAt(LaboratoryProcess.CALL_AMENDMENT_AFTER_ASSESSMENT,
                ProposalCheckProcess.USER_AMEND_PROPOSAL);
        Job lapse = timer(process, ProposalCheckProcess.TIMER_RETURN_LAPSED);

        ClockUtil.setCurrentTime(Date.from(lapse.getDuedate().toInstant().plus(Duration.ofMinutes(1))));
        execute(lapse);

        ProposalTree.assertThat(process).hasPassedInOrder(ProposalCheckProcess.SERVICE_RECORD_LAPSED_RETURN,
                LaboratoryProcess.EVENT_AMENDMENT_LAPSED, LaboratoryProcess.END_LAPSED).isEnded();
        assertThat(status(process)).isEqualTo(ProposalStatus.WITHDRAWN);
        assertThat(lastNote(process)).contains("not answered within 30 days");
    }

    @Test
    void assessorAgreesTheLaboratoryIsNotEligibleAndItGoesBackToTheMember() {
        ProcessInstance process = submit("CHN", today().plusMonths(3));
        decide(process, TestUsers.SECRETARIAT, "COMPLETE", null);
        ProposalTree.assertThat(process).isWaitingAt(LaboratoryProcess.USER_ASSESS_LABORATORY);
        assertThat(details.of(process.getBusinessKey()).eligibility().result()).isEqualTo(Eligibility.NOT_ELIGIBLE);
        assertThat(details.of(process.getBusinessKey()).eligibility().findings())
                .containsExactly("The accreditation expires before the minimum time after the assessment that the"
                        + " region requires.");
        assertThat(tasks.task(TestUsers.ASSESSOR, ProposalTree.task(process).getId()).suggestedDecision()).isEqualTo("NOT_ELIGIBLE");

        decide(process, TestUsers.ASSESSOR, "NOT_ELIGIBLE", null);

        ProposalTree.assertThat(process).isWaitingAt(ProposalCheckProcess.USER_AMEND_PROPOSAL);
        assertThat(status(process)).isEqualTo(ProposalStatus.RETURNED);

        proposals.edit(TestUsers.MEMBER, process.getBusinessKey(), laboratories,
                LaboratoryFixtures.request("CHN", LONG_VALID));
        proposals.submit(TestUsers.MEMBER, process.getBusinessKey());
        decide(process, TestUsers.SECRETARIAT, "COMPLETE", null);
        ProposalTree.assertThat(process).isWaitingAt(LaboratoryProcess.USER_ASSESS_LABORATORY);
        assertThat(details.of(process.getBusinessKey()).eligibility().result()).isEqualTo(Eligibility.ELIGIBLE);
        assertThat(details.of(process.getBusinessKey()).eligibility().findings())
                .as("the renewed accreditation is checked afresh").isEmpty();
    }

    @Test
    void assessorOverridesTheEligibilityCheckOnlyWithAWrittenReason() {
        ProcessInstance process = submit("CHN", today().plusMonths(6));
        decide(process, TestUsers.SECRETARIAT, "COMPLETE", null);
        String taskId = ProposalTree.task(process).getId();

        assertThatThrownBy(() -> tasks.complete(TestUsers.ASSESSOR, taskId, "ELIGIBLE", "  ", null))
                .isInstanceOf(InvalidFieldException.class).hasFieldOrPropertyWithValue("field", "reason")
                .hasMessageContaining("NOT_ELIGIBLE", null);
        ProposalTree.assertThat(process).isWaitingAt(LaboratoryProcess.USER_ASSESS_LABORATORY);

        tasks.complete(TestUsers.ASSESSOR, taskId, "ELIGIBLE",
                "The renewal audit passed on 1 November; the new certificate is being issued", null);

        ProposalTree.assertThat(process).isWaitingAt(ProposalEndorsementProcess.RECEIVE_CONTACT_POINT_REVIEW);
        assertThat(lastNote(process)).isEqualTo("Technical assessment: eligible; on to the contact points, overriding"
                + " the eligibility check (NOT_ELIGIBLE): The renewal audit passed on 1 November; the new"
                + " certificate is being issued");
    }

    @Test
    void assessorFindingAnEligibleLaboratoryNotEligibleMustSayWhy() {
        ProcessInstance process = submit("JPN", LONG_VALID);
        decide(process, TestUsers.SECRETARIAT, "COMPLETE", null);

        assertThatThrownBy(() -> decide(process, TestUsers.ASSESSOR, "NOT_ELIGIBLE", null))
                .isInstanceOf(InvalidFieldException.class).hasFieldOrPropertyWithValue("field", "reason")
                .hasMessageContaining("against the eligibility check");
        decide(process, TestUsers.ASSESSOR, "NOT_ELIGIBLE", "The GC-MS was out of service at our visit");
        ProposalTree.assertThat(process).isWaitingAt(ProposalCheckProcess.USER_AMEND_PROPOSAL);
    }

    @Test
    void onlyAssessorsAssess() {
        ProcessInstance process = submit("IDN", LONG_VALID);
        decide(process, TestUsers.SECRETARIAT, "COMPLETE", null);
        assertThatThrownBy(() -> decide(process, TestUsers.SECRETARIAT, "ELIGIBLE", null))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("assessor");
    }

    @Test
    void deferredReviewAndEndorsementComeBackToWaiting() {
        ProcessInstance process = waitingForReview("IDN");
        meetingDecides(process, MeetingDecision.DEFERRED);
        ProposalTree.assertThat(process).isWaitingAt(ProposalEndorsementProcess.RECEIVE_CONTACT_POINT_REVIEW);
        meetingDecides(process, MeetingDecision.RECOMMENDED);
        meetingDecides(process, MeetingDecision.DEFERRED);
        ProposalTree.assertThat(process).isWaitingAt(ProposalEndorsementProcess.RECEIVE_ENDORSEMENT_DECISION);
        assertThat(status(process)).isEqualTo(ProposalStatus.AWAITING_ENDORSEMENT);
        assertThat(timeline(process)).containsSubsequence(ProposalEventType.DEFERRED, ProposalEventType.REVIEWED,
                ProposalEventType.DEFERRED);
    }

    @Test
    void laboratoryNotEndorsedEnds() {
        ProcessInstance process = waitingForReview("JPN");
        meetingDecides(process, MeetingDecision.NOT_RECOMMENDED);
        meetingDecides(process, MeetingDecision.NOT_ENDORSED);
        ProposalTree.assertThat(process).hasPassed(LaboratoryProcess.END_NOT_ENDORSED)
                .hasNotPassed(LaboratoryProcess.USER_FORWARD_TO_WCO).isEnded();
        assertThat(status(process)).isEqualTo(ProposalStatus.NOT_ENDORSED);
    }

    @Test
    void memberWithdrawsAtEachStepBeforeTheEndorsement() {
        for (String stepReached : List.of(ProposalCheckProcess.USER_CHECK_SUBMISSION, ProposalCheckProcess.USER_AMEND_PROPOSAL,
                LaboratoryProcess.USER_ASSESS_LABORATORY, ProposalEndorsementProcess.RECEIVE_CONTACT_POINT_REVIEW,
                ProposalEndorsementProcess.RECEIVE_ENDORSEMENT_DECISION)) {
            ProcessInstance process = submit("CHN", LONG_VALID);
            switch (stepReached) {
                case ProposalCheckProcess.USER_AMEND_PROPOSAL -> decide(process, TestUsers.SECRETARIAT, "RETURN", "Incomplete");
                case LaboratoryProcess.USER_ASSESS_LABORATORY -> decide(process, TestUsers.SECRETARIAT, "COMPLETE", null);
                case ProposalEndorsementProcess.RECEIVE_CONTACT_POINT_REVIEW -> {
                    decide(process, TestUsers.SECRETARIAT, "COMPLETE", null);
                    decide(process, TestUsers.ASSESSOR, "ELIGIBLE", null);
                }
                case ProposalEndorsementProcess.RECEIVE_ENDORSEMENT_DECISION -> {
                    decide(process, TestUsers.SECRETARIAT, "COMPLETE", null);
                    decide(process, TestUsers.ASSESSOR, "ELIGIBLE", null);
                    meetingDecides(process, MeetingDecision.RECOMMENDED);
                }
                default -> {
                }
            }
            ProposalTree.assertThat(process).isWaitingAt(stepReached);

            proposals.withdraw(TestUsers.MEMBER, process.getBusinessKey(), "The laboratory is moving to new premises");

            ProposalTree.assertThat(process).hasPassed(LaboratoryProcess.END_WITHDRAWN).isEnded();
            assertThat(status(process)).as("withdrawn from " + stepReached).isEqualTo(ProposalStatus.WITHDRAWN);
        }
    }

    @Test
    void endorsedLaboratoryCannotBeWithdrawn() {
        ProcessInstance process = endorsed("IDN");
        assertThatThrownBy(() -> proposals.withdraw(TestUsers.MEMBER, process.getBusinessKey(), "Too late"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("endorsed");
        ProposalTree.assertThat(process).isWaitingAt(LaboratoryProcess.USER_FORWARD_TO_WCO);
    }

    @Test
    void secretariatIsRemindedWhileTheRecognitionIsAwaited() {
        Instant forwardedAt = Instant.parse("2027-03-01T08:00:00Z");
        ClockUtil.setCurrentTime(Date.from(forwardedAt));
        ProcessInstance process = endorsed("JPN");
        decide(process, TestUsers.SECRETARIAT, "FORWARDED", null);

        Job reminder = timer(process, LaboratoryProcess.TIMER_RECOGNITION_REMINDER);
        assertThat(reminder.getDuedate().toInstant()).isEqualTo(forwardedAt.plus(Duration.ofDays(30)));
        ClockUtil.setCurrentTime(Date.from(forwardedAt.plus(Duration.ofDays(30))));
        execute(reminder);

        ProposalTree.assertThat(process).hasPassed(LaboratoryProcess.SERVICE_REMIND_RECOGNITION,
                LaboratoryProcess.END_REMINDER_SENT).isWaitingAt(LaboratoryProcess.USER_RECORD_RECOGNITION);
        assertThat(timeline(process)).endsWith(ProposalEventType.REMINDED);
        Job next = timer(process, LaboratoryProcess.TIMER_RECOGNITION_REMINDER);
        assertThat(next.getDuedate().toInstant()).as("reminded again a period later")
                .isEqualTo(forwardedAt.plus(Duration.ofDays(60)));

        laboratories.recordRecognition(TestUsers.SECRETARIAT, process.getBusinessKey(), new RecognitionRequest(
                RecognitionRequest.Outcome.RECOGNISED, LocalDate.of(2027, 3, 28), null, null));
        assertThat(ProposalTree.job(process))
                .as("no more reminders once recognised").isNull();
    }

    @Test
    void laboratoryNotRecognisedByTheWcoSecretariatEnds() {
        ProcessInstance process = endorsed("CHN");
        decide(process, TestUsers.SECRETARIAT, "FORWARDED", null);
        RecognitionRequest withoutReasons = new RecognitionRequest(RecognitionRequest.Outcome.NOT_RECOGNISED,
                today(), null, null);
        assertThatThrownBy(() -> laboratories.recordRecognition(TestUsers.SECRETARIAT, process.getBusinessKey(),
                withoutReasons)).isInstanceOf(InvalidFieldException.class).hasFieldOrPropertyWithValue("field", "note");

        laboratories.recordRecognition(TestUsers.SECRETARIAT, process.getBusinessKey(), new RecognitionRequest(
                RecognitionRequest.Outcome.NOT_RECOGNISED, today(), "WCO/RCL/2026/9",
                "The region already has a laboratory for this scope"));

        ProposalTree.assertThat(process).hasPassed(LaboratoryProcess.END_NOT_RECOGNISED)
                .hasNotPassed(LaboratoryProcess.SERVICE_DESIGNATE).isEnded();
        assertThat(status(process)).isEqualTo(ProposalStatus.NOT_RECOGNISED);
        assertThat(timeline(process)).endsWith(ProposalEventType.NOT_RECOGNISED);
    }

    @Test
    void recognitionIsRecordedOnlyByTheSecretariatOnceForwarded() {
        ProcessInstance process = endorsed("IDN");
        RecognitionRequest recognised = new RecognitionRequest(RecognitionRequest.Outcome.RECOGNISED, today(),
                null, null);
        assertThatThrownBy(() -> laboratories.recordRecognition(TestUsers.SECRETARIAT, process.getBusinessKey(),
                recognised)).as("not forwarded yet").isInstanceOf(ConflictException.class);
        decide(process, TestUsers.SECRETARIAT, "FORWARDED", null);
        assertThatThrownBy(() -> laboratories.recordRecognition(TestUsers.CHAIR, process.getBusinessKey(), recognised))
                .isInstanceOf(ForbiddenException.class);
        RecognitionRequest tomorrow = new RecognitionRequest(RecognitionRequest.Outcome.RECOGNISED,
                today().plusDays(2), null, null);
        assertThatThrownBy(() -> laboratories.recordRecognition(TestUsers.SECRETARIAT, process.getBusinessKey(),
                tomorrow)).isInstanceOf(InvalidFieldException.class).hasFieldOrPropertyWithValue("field", "decidedOn");
        RecognitionRequest beforeForwarding = new RecognitionRequest(RecognitionRequest.Outcome.RECOGNISED,
                today().minusDays(3), null, null);
        assertThatThrownBy(() -> laboratories.recordRecognition(TestUsers.SECRETARIAT, process.getBusinessKey(),
                beforeForwarding)).isInstanceOf(InvalidFieldException.class)
                .hasFieldOrPropertyWithValue("field", "decidedOn").hasMessageContaining("before the proposal was forwarded");
        assertThatThrownBy(() -> decide(process, TestUsers.SECRETARIAT, "RECOGNISED", null))
                .as("the task takes no decision through the tasks API").isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("/api/laboratories/" + process.getBusinessKey() + "/recognition");
        ProposalTree.assertThat(process).isWaitingAt(LaboratoryProcess.USER_RECORD_RECOGNITION);
    }

    /** Today by the engine's clock, which some tests move. */
    private static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.now().toInstant(), ZoneOffset.UTC);
    }

    private ProcessInstance submit(String member, LocalDate accreditationValidUntil) {
        Proposal draft = proposals.draft(TestUsers.MEMBER, laboratories,
                LaboratoryFixtures.request(member, accreditationValidUntil));
        proposals.submit(TestUsers.MEMBER, draft.getReference());
        return runtime.createProcessInstanceQuery().processDefinitionKey(LaboratoryProcess.KEY)
                .processInstanceBusinessKey(draft.getReference())
                .rootProcessInstances().singleResult();
    }

    private ProcessInstance waitingForReview(String member) {
        ProcessInstance process = submit(member, LONG_VALID);
        decide(process, TestUsers.SECRETARIAT, "COMPLETE", null);
        decide(process, TestUsers.ASSESSOR, "ELIGIBLE", null);
        return process;
    }

    private ProcessInstance endorsed(String member) {
        ProcessInstance process = waitingForReview(member);
        meetingDecides(process, MeetingDecision.RECOMMENDED);
        meetingDecides(process, MeetingDecision.ENDORSED);
        return process;
    }

    private void decide(ProcessInstance process, EndorseUser user, String decision, String reason) {
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(process.getBusinessKey())
                .singleResult().getId();
        tasks.complete(user, taskId, decision, reason, null);
    }

    private Job timer(ProcessInstance process, String activityId) {
        return ProposalTree.timer(process, activityId);
    }

    private void meetingDecides(ProcessInstance process, MeetingDecision decision) {
        proposals.decideAtMeeting(process.getBusinessKey(), decision, TestUsers.CHAIR.id(), "Test meeting", null, null);
    }

    private ProposalStatus status(ProcessInstance process) {
        return proposals.byReference(process.getBusinessKey()).getStatus();
    }

    private String lastNote(ProcessInstance process) {
        List<ProposalEvent> timeline = proposals.byReference(process.getBusinessKey()).getTimeline();
        return timeline.get(timeline.size() - 1).getNote();
    }

    private List<ProposalEventType> timeline(ProcessInstance process) {
        return proposals.byReference(process.getBusinessKey()).getTimeline().stream().map(ProposalEvent::getType)
                .toList();
    }
}
