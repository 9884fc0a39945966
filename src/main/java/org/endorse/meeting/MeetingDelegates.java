package org.endorse.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.endorse.system.ProcessModelBean;

/** The service tasks of processes/regional-meeting.bpmn and processes/action-item.bpmn, each one call to its step. */
@Configuration
class MeetingDelegates {

    @Bean
    @ProcessModelBean
    JavaDelegate assembleAgendaDelegate(MeetingProcessSteps steps) {
        return execution -> steps.assembleAgenda(meetingId(execution));
    }

    @Bean
    @ProcessModelBean
    JavaDelegate circulatePapersDelegate(MeetingProcessSteps steps) {
        return execution -> steps.circulatePapers(meetingId(execution));
    }

    @Bean
    @ProcessModelBean
    JavaDelegate concludeWrittenProcedureDelegate(MeetingProcessSteps steps) {
        return execution -> steps.concludeWrittenProcedure(meetingId(execution));
    }

    @Bean
    @ProcessModelBean
    JavaDelegate closeMeetingDelegate(MeetingProcessSteps steps) {
        return execution -> steps.closeMeeting(meetingId(execution));
    }

    @Bean
    @ProcessModelBean
    JavaDelegate announceCallOffDelegate(MeetingProcessSteps steps) {
        return execution -> steps.announceCallOff(meetingId(execution));
    }

    @Bean
    @ProcessModelBean
    JavaDelegate remindActionItemOwnerDelegate(ActionItems actionItems) {
        return execution -> actionItems.remindOwner(Long.valueOf(execution.getProcessBusinessKey()));
    }

    @Bean
    @ProcessModelBean
    JavaDelegate publishRecordDelegate(RecordOfDecisions records) {
        return execution -> records.publish(meetingId(execution));
    }

    private static Long meetingId(DelegateExecution execution) {
        return Long.valueOf(execution.getProcessBusinessKey());
    }
}
