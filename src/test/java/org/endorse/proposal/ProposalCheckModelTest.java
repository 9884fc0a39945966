package org.endorse.proposal;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.endorse.ModelEngine;
import org.endorse.system.Deadlines;
import org.endorse.system.ProcessVariable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of processes/proposal-check.bpmn alone, its delegates mocked: the secretariat's check, the return
 * for amendment with its deadline and lapse, and the start with the amendment that a kind's own step asks for.
 * The kinds' process tests run the same through the whole service.
 */
class ProposalCheckModelTest {

    @RegisterExtension
    static final ModelEngine MODEL = new ModelEngine("proposal-check.bpmn");

    static final Instant NOW = Instant.parse("2027-02-01T09:00:00Z");

    JavaDelegate recordLapse = mock(JavaDelegate.class);
    ProposalStatusListener status = mock(ProposalStatusListener.class);

    @BeforeEach
    void registerBeans() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        Mocks.register("recordLapsedReturnDelegate", recordLapse);
        Mocks.register("proposalStatus", status);
        Mocks.register("deadline", new Deadlines());
    }

    private ProcessInstance check(boolean startWithAmendment) {
        return MODEL.engine().getRuntimeService().startProcessInstanceByKey(ProposalCheckProcess.KEY, "NOM-2027-0001",
                ProcessVariable.variables(ProposalCheckProcess.VAR_MEMBER_GROUP.with("member-IDN"),
                        ProposalCheckProcess.VAR_RETURN_LAPSE_PERIOD.with("P30D"),
                        ProposalCheckProcess.VAR_START_WITH_AMENDMENT.with(startWithAmendment)));
    }

    private static void decide(ProcessInstance check, String outcome) {
        complete(task(check), ProcessVariable.variables(ProposalCheckProcess.VAR_CHECK_OUTCOME.with(outcome)));
    }

    @Test
    void completeSubmissionEndsTheCheck() {
        ProcessInstance check = check(false);
        assertThat(check).isWaitingAt(ProposalCheckProcess.USER_CHECK_SUBMISSION);
        assertThat(task()).hasCandidateGroup("secretariat");
        verify(status).moveTo(any(DelegateExecution.class), eq("SUBMITTED"));

        decide(check, "COMPLETE");

        assertThat(check).hasPassed(ProposalCheckProcess.END_SUBMISSION_COMPLETE).isEnded();
    }

    @Test
    void returnedSubmissionIsAmendedByTheDrafterAndCheckedAgain() {
        ProcessInstance check = check(false);
        decide(check, "RETURN");
        assertThat(check).isWaitingAt(ProposalCheckProcess.USER_AMEND_PROPOSAL);
        assertThat(task()).hasCandidateGroup("member-IDN").hasDueDate(Date.from(NOW.plus(Duration.ofDays(30))));
        assertThat(job(check)).hasDueDate(Date.from(NOW.plus(Duration.ofDays(30))));

        complete(task(check));

        assertThat(check).isWaitingAt(ProposalCheckProcess.USER_CHECK_SUBMISSION);
        decide(check, "COMPLETE");
        assertThat(check).isEnded();
    }

    @Test
    void returnNotAnsweredInTimeIsRecordedAndEndsWithTheLapseForTheCaller() throws Exception {
        ProcessInstance check = check(false);
        decide(check, "RETURN");

        execute(job(check));

        verify(recordLapse).execute(any());
        assertThat(check).hasPassedInOrder(ProposalCheckProcess.TIMER_RETURN_LAPSED,
                ProposalCheckProcess.SERVICE_RECORD_LAPSED_RETURN, ProposalCheckProcess.END_RETURN_LAPSED).isEnded();
    }

    @Test
    void proposalReturnedByTheCallersOwnStepIsAmendedBeforeItIsChecked() throws Exception {
        ProcessInstance check = check(true);

        assertThat(check).isWaitingAt(ProposalCheckProcess.USER_AMEND_PROPOSAL)
                .hasNotPassed(ProposalCheckProcess.USER_CHECK_SUBMISSION);
        assertThat(task()).hasCandidateGroup("member-IDN");
        complete(task(check));
        assertThat(check).isWaitingAt(ProposalCheckProcess.USER_CHECK_SUBMISSION);
        decide(check, "COMPLETE");
        assertThat(check).isEnded();
        verify(recordLapse, never()).execute(any());
    }
}
