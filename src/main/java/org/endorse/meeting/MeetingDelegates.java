package org.endorse.meeting;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.endorse.system.ProcessModelBean;

/** The service tasks of processes/regional-meeting.bpmn, each one call to the meeting service. */
@Configuration
class MeetingDelegates {

    @Bean
    @ProcessModelBean
    JavaDelegate assembleAgendaDelegate(MeetingService meetings) {
        return execution -> meetings.assembleAgenda(meetingId(execution));
    }

    @Bean
    @ProcessModelBean
    JavaDelegate circulatePapersDelegate(MeetingService meetings) {
        return execution -> meetings.papersCirculated(meetingId(execution));
    }

    @Bean
    @ProcessModelBean
    JavaDelegate concludeWrittenProcedureDelegate(MeetingService meetings) {
        return execution -> meetings.concludeWrittenProcedure(meetingId(execution));
    }

    @Bean
    @ProcessModelBean
    JavaDelegate closeMeetingDelegate(MeetingService meetings) {
        return execution -> meetings.closed(meetingId(execution));
    }

    @Bean
    @ProcessModelBean
    JavaDelegate publishRecordDelegate(RecordOfDecisions records) {
        return execution -> records.publish(meetingId(execution));
    }

    private static Long meetingId(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
        return Long.valueOf(execution.getProcessBusinessKey());
    }
}
