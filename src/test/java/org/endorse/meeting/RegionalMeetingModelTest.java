package org.endorse.meeting;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.endorse.ModelEngine;
import org.endorse.system.ProcessVariable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.InOrder;

/**
 * Every path of processes/regional-meeting.bpmn alone, its delegates mocked: what the model
 * asks of Java, in which order. RegionalMeetingProcessTest runs the same paths through the whole service.
 */
class RegionalMeetingModelTest {

    @RegisterExtension
    static final ModelEngine MODEL = new ModelEngine("regional-meeting.bpmn");

    static final String MEETING_ID = "7";
    static final Instant OBJECTION_DEADLINE = Instant.parse("2027-03-01T12:00:00Z");

    JavaDelegate assembleAgenda = mock(JavaDelegate.class);
    JavaDelegate circulatePapers = mock(JavaDelegate.class);
    JavaDelegate concludeWrittenProcedure = mock(JavaDelegate.class);
    JavaDelegate closeMeeting = mock(JavaDelegate.class);
    JavaDelegate publishRecord = mock(JavaDelegate.class);
    JavaDelegate announceCallOff = mock(JavaDelegate.class);

    @BeforeEach
    void registerMocks() {
        Mocks.register("assembleAgendaDelegate", assembleAgenda);
        Mocks.register("circulatePapersDelegate", circulatePapers);
        Mocks.register("concludeWrittenProcedureDelegate", concludeWrittenProcedure);
        Mocks.register("closeMeetingDelegate", closeMeeting);
        Mocks.register("publishRecordDelegate", publishRecord);
        Mocks.register("announceCallOffDelegate", announceCallOff);
    }

    @ParameterizedTest
    @EnumSource(value = MeetingMode.class, names = {"IN_PERSON", "VIRTUAL", "HYBRID"})
    void meetingHeldIsOpenedThenHeldByItsChairsThenClosedAndItsRecordPublished(MeetingMode mode) throws Exception {
        ProcessInstance meeting = convene(mode, null);

        assertThat(meeting).isWaitingAt(MeetingProcess.USER_PREPARE_AGENDA);
        assertThat(task()).hasCandidateGroup("secretariat");
        complete(task());
        assertThat(meeting).isWaitingAt(MeetingProcess.USER_OPEN_MEETING);
        assertThat(task()).hasCandidateGroup("secretariat");
        complete(task());
        assertThat(meeting).isWaitingAt(MeetingProcess.USER_HOLD_MEETING);
        assertThat(task()).hasCandidateUser("chair").hasCandidateUser("alternate");
        complete(task());

        assertThat(meeting).hasPassedInOrder(MeetingProcess.SERVICE_ASSEMBLE_AGENDA,
                MeetingProcess.SERVICE_CIRCULATE_PAPERS, MeetingProcess.USER_OPEN_MEETING,
                MeetingProcess.USER_HOLD_MEETING, MeetingProcess.SERVICE_CLOSE_MEETING,
                MeetingProcess.SERVICE_PUBLISH_RECORD).hasNotPassed(MeetingProcess.TIMER_OBJECTION_DEADLINE)
                .isEnded();
        InOrder order = inOrder(assembleAgenda, circulatePapers, closeMeeting, publishRecord);
        order.verify(assembleAgenda).execute(any());
        order.verify(circulatePapers).execute(any());
        order.verify(closeMeeting).execute(any());
        order.verify(publishRecord).execute(any());
        verify(concludeWrittenProcedure, never()).execute(any());
    }

    @Test
    void writtenProcedureIsConcludedAtItsObjectionDeadlineThenClosedAndItsRecordPublished() throws Exception {
        ProcessInstance meeting = convene(MeetingMode.WRITTEN_PROCEDURE, OBJECTION_DEADLINE);
        complete(task(meeting));

        assertThat(meeting).isWaitingAt(MeetingProcess.TIMER_OBJECTION_DEADLINE);
        assertThat(job()).hasDueDate(Date.from(OBJECTION_DEADLINE));
        execute(job());

        assertThat(meeting).hasPassedInOrder(MeetingProcess.SERVICE_CIRCULATE_PAPERS,
                MeetingProcess.TIMER_OBJECTION_DEADLINE, MeetingProcess.SERVICE_CONCLUDE_WRITTEN_PROCEDURE,
                MeetingProcess.SERVICE_CLOSE_MEETING, MeetingProcess.SERVICE_PUBLISH_RECORD)
                .hasNotPassed(MeetingProcess.USER_OPEN_MEETING, MeetingProcess.USER_HOLD_MEETING).isEnded();
        InOrder order = inOrder(concludeWrittenProcedure, closeMeeting, publishRecord);
        order.verify(concludeWrittenProcedure).execute(any());
        order.verify(closeMeeting).execute(any());
        order.verify(publishRecord).execute(any());
    }

    /** Postponed or cancelled wherever it waits: before circulation, before opening, or during a written procedure. */
    @ParameterizedTest
    @EnumSource(value = MeetingMode.class, names = {"VIRTUAL", "WRITTEN_PROCEDURE"})
    void meetingCalledOffAtAnyWaitEndsAfterTellingEveryoneInvited(MeetingMode mode) throws Exception {
        ProcessInstance beforeCirculation = convene(mode, OBJECTION_DEADLINE);
        callOff();
        assertThat(beforeCirculation).hasPassedInOrder(MeetingProcess.EVENT_MEETING_CALLED_OFF,
                MeetingProcess.SERVICE_ANNOUNCE_CALL_OFF, MeetingProcess.END_MEETING_CALLED_OFF)
                .hasNotPassed(MeetingProcess.SERVICE_CIRCULATE_PAPERS, MeetingProcess.SERVICE_CLOSE_MEETING,
                        MeetingProcess.SERVICE_PUBLISH_RECORD).isEnded();

        ProcessInstance afterCirculation = convene(mode, OBJECTION_DEADLINE);
        complete(task(afterCirculation));
        assertThat(afterCirculation).isWaitingAt(mode == MeetingMode.WRITTEN_PROCEDURE
                ? MeetingProcess.TIMER_OBJECTION_DEADLINE : MeetingProcess.USER_OPEN_MEETING);
        callOff();
        assertThat(afterCirculation).hasPassed(MeetingProcess.SERVICE_CIRCULATE_PAPERS,
                MeetingProcess.END_MEETING_CALLED_OFF).hasNotPassed(MeetingProcess.SERVICE_CLOSE_MEETING).isEnded();
        Assertions.assertThat(MODEL.engine().getManagementService().createJobQuery().list()).as("no deadline left")
                .isEmpty();
        verify(announceCallOff, times(2)).execute(any());
        verify(publishRecord, never()).execute(any());
    }

    private void callOff() {
        MODEL.engine().getRuntimeService().createMessageCorrelation(MeetingProcess.MESSAGE_MEETING_CALLED_OFF)
                .processInstanceBusinessKey(MEETING_ID).correlate();
    }

    private ProcessInstance convene(MeetingMode mode, Instant objectionDeadline) {
        return MODEL.engine().getRuntimeService().startProcessInstanceByKey(MeetingProcess.KEY, MEETING_ID,
                ProcessVariable.variables(MeetingProcess.VAR_MODE.with(mode.name()),
                        MeetingProcess.VAR_CHAIRS.with(List.of("chair", "alternate")),
                        MeetingProcess.VAR_OBJECTION_DEADLINE.with(
                                objectionDeadline == null ? null : objectionDeadline.toString())));
    }
}
