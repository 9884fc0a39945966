package org.endorse.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.endorse.system.ProcessModelBean;

/** Called from the BPMN as {@code ${meetingStatus.moveTo(execution, 'OPEN')}}, so a meeting's status follows it. */
@ProcessModelBean
@Component("meetingStatus")
public class MeetingStatusListener {

    private final MeetingService meetings;

    MeetingStatusListener(MeetingService meetings) {
        this.meetings = meetings;
    }

    public void moveTo(DelegateExecution execution, String status) {
        meetings.moveTo(Long.valueOf(execution.getProcessBusinessKey()), MeetingStatus.valueOf(status));
    }
}
