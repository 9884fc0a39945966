package org.endorse.register;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.endorse.ModelEngine;
import org.endorse.system.ProcessVariable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of processes/accreditation-watch.bpmn alone, its delegates mocked; AccreditationWatchProcessTest
 * runs the same paths through the register.
 */
class AccreditationWatchModelTest {

    @RegisterExtension
    static final ModelEngine MODEL = new ModelEngine("accreditation-watch.bpmn");

    static final String REFERENCE = "RCL-2027-0001";
    static final Date REMINDER_AT = Date.from(Instant.parse("2028-04-01T00:00:00Z"));
    static final Date EXPIRES_AT = Date.from(Instant.parse("2028-07-01T00:00:00Z"));

    JavaDelegate remindExpiring = mock(JavaDelegate.class);
    JavaDelegate flagExpired = mock(JavaDelegate.class);

    RuntimeService runtime = MODEL.engine().getRuntimeService();
    ProcessInstance watch;

    @BeforeEach
    void designate() {
        Mocks.register("remindExpiringAccreditationDelegate", remindExpiring);
        Mocks.register("flagExpiredAccreditationDelegate", flagExpired);
        watch = runtime.startProcessInstanceByKey(AccreditationWatchProcess.KEY, REFERENCE,
                ProcessVariable.variables(AccreditationWatchProcess.VAR_REMINDER_AT.with(REMINDER_AT),
                        AccreditationWatchProcess.VAR_EXPIRES_AT.with(EXPIRES_AT)));
    }

    @Test
    void secretariatIsRemindedAndFollowsUpThenTheLaboratoryIsFlaggedWhenItExpires() throws Exception {
        assertThat(watch).isWaitingAt(AccreditationWatchProcess.TIMER_EXPIRING);
        assertThat(job()).hasDueDate(REMINDER_AT);
        execute(job());

        verify(remindExpiring).execute(any());
        assertThat(watch).isWaitingAt(AccreditationWatchProcess.USER_FOLLOW_UP,
                AccreditationWatchProcess.TIMER_EXPIRED);
        assertThat(task(watch)).hasCandidateGroup("secretariat");
        complete(task(watch));
        assertThat(watch).isWaitingAt(AccreditationWatchProcess.TIMER_EXPIRED);
        assertThat(job()).hasDueDate(EXPIRES_AT);
        execute(job());

        verify(flagExpired).execute(any());
        assertThat(watch).hasPassed(AccreditationWatchProcess.SERVICE_FLAG_EXPIRED)
                .isEnded().hasPassed(AccreditationWatchProcess.END_EXPIRED);
    }

    @Test
    void expiryBeforeTheFollowUpFlagsTheLaboratoryAndTheWatchEndsOnceFollowedUp() throws Exception {
        execute(job(AccreditationWatchProcess.TIMER_EXPIRING, watch));
        execute(job(AccreditationWatchProcess.TIMER_EXPIRED, watch));

        verify(flagExpired).execute(any());
        assertThat(watch).isWaitingAt(AccreditationWatchProcess.USER_FOLLOW_UP);
        complete(task(watch));
        assertThat(watch).isEnded().hasPassed(AccreditationWatchProcess.END_EXPIRED);
    }

    @Test
    void renewalBeforeTheWarningPeriodEndsTheWatchWithoutReminder() throws Exception {
        runtime.createMessageCorrelation(AccreditationWatchProcess.MESSAGE_RENEWED)
                .processInstanceBusinessKey(REFERENCE).correlate();

        assertThat(watch).isEnded().hasPassed(AccreditationWatchProcess.END_RENEWED)
                .hasNotPassed(AccreditationWatchProcess.SERVICE_REMIND_EXPIRING);
        verify(remindExpiring, never()).execute(any());
    }

    @Test
    void renewalDuringTheFollowUpEndsTheWatchWithoutFlaggingTheLaboratory() throws Exception {
        execute(job(AccreditationWatchProcess.TIMER_EXPIRING, watch));
        assertThat(watch).isWaitingAt(AccreditationWatchProcess.USER_FOLLOW_UP);

        runtime.createMessageCorrelation(AccreditationWatchProcess.MESSAGE_RENEWED)
                .processInstanceBusinessKey(REFERENCE).correlate();

        assertThat(watch).isEnded().hasPassed(AccreditationWatchProcess.END_RENEWED)
                .hasNotPassed(AccreditationWatchProcess.SERVICE_FLAG_EXPIRED, AccreditationWatchProcess.END_EXPIRED);
        verify(flagExpired, never()).execute(any());
    }
}
