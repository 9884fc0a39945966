package org.endorse.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Called from the BPMN as {@code ${meetingStatus.moveTo(execution, 'OPEN')}}, so a meeting's status follows it. */
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
