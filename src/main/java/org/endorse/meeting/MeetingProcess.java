package org.endorse.meeting;

/** processes/regional-meeting.bpmn: its key, element ids and variables. */
public final class MeetingProcess {

    public static final String KEY = "regional-meeting";

    public static final String SERVICE_ASSEMBLE_AGENDA = "service_assemble_agenda";
    public static final String USER_PREPARE_AGENDA = "user_prepare_agenda";
    public static final String SERVICE_CIRCULATE_PAPERS = "service_circulate_papers";
    public static final String USER_OPEN_MEETING = "user_open_meeting";
    public static final String USER_HOLD_MEETING = "user_hold_meeting";
    public static final String TIMER_OBJECTION_DEADLINE = "timer_objection_deadline";
    public static final String SERVICE_CONCLUDE_WRITTEN_PROCEDURE = "service_conclude_written_procedure";
    public static final String SERVICE_CLOSE_MEETING = "service_close_meeting";
    public static final String SERVICE_PUBLISH_RECORD = "service_publish_record";
    public static final String END_MEETING_CLOSED = "end_meeting_closed";

    public static final String VAR_MODE = "mode";
    public static final String VAR_CHAIRS = "chairs";
    public static final String VAR_OBJECTION_DEADLINE = "objectionDeadline";

    private MeetingProcess() {
    }
}
