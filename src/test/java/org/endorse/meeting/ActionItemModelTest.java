package org.endorse.meeting;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.endorse.ModelEngine;
import org.endorse.system.ProcessVariable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Both paths of processes/action-item.bpmn alone, its delegate mocked. ActionItemsTest runs them through the
 * meetings that agree, follow up and close action items.
 */
class ActionItemModelTest {

    @RegisterExtension
    static final ModelEngine MODEL = new ModelEngine("action-item.bpmn");

    static final String ACTION_ITEM_ID = "12";
    static final Instant REMINDER = Instant.parse("2022-06-16T01:00:00Z");

    JavaDelegate remindOwner = mock(JavaDelegate.class);

    @BeforeEach
    void registerMocks() {
        Mocks.register("remindActionItemOwnerDelegate", remindOwner);
    }

    @Test
    void ownerIsRemindedWhenTheReminderIsDueThenTheItemWaitsForAMeetingToCloseIt() throws Exception {
        ProcessInstance item = agree();
        assertThat(item).as("waiting for its reminder or a meeting closing it, whichever comes first")
                .isWaitingAt(ActionItemProcess.EVENT_GATEWAY_REMINDER_OR_CLOSED);
        assertThat(job()).hasDueDate(Date.from(REMINDER));

        execute(job());
        verify(remindOwner).execute(any());
        assertThat(item).isWaitingAt(ActionItemProcess.EVENT_CLOSED_AFTER_REMINDER);

        close();
        assertThat(item).hasPassedInOrder(ActionItemProcess.TIMER_REMINDER_DUE, ActionItemProcess.SERVICE_REMIND_OWNER,
                ActionItemProcess.EVENT_CLOSED_AFTER_REMINDER, ActionItemProcess.END_CLOSED_AFTER_REMINDER).isEnded();
    }

    @Test
    void itemClosedBeforeItsReminderEndsWithoutReminding() throws Exception {
        ProcessInstance item = agree();
        close();
        assertThat(item).hasPassedInOrder(ActionItemProcess.EVENT_CLOSED_BEFORE_REMINDER,
                ActionItemProcess.END_CLOSED_BEFORE_REMINDER).hasNotPassed(ActionItemProcess.SERVICE_REMIND_OWNER)
                .isEnded();
        verify(remindOwner, never()).execute(any());
    }

    private ProcessInstance agree() {
        return MODEL.engine().getRuntimeService().startProcessInstanceByKey(ActionItemProcess.KEY, ACTION_ITEM_ID,
                ProcessVariable.variables(ActionItemProcess.VAR_REMINDER_DATE.with(REMINDER.toString())));
    }

    private void close() {
        MODEL.engine().getRuntimeService().createMessageCorrelation(ActionItemProcess.MESSAGE_ACTION_ITEM_CLOSED)
                .processInstanceBusinessKey(ACTION_ITEM_ID).correlateAll();
    }
}
