package org.endorse.meeting;

import java.util.List;

import org.endorse.system.ProcessVariable;

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
    public static final String EVENT_MEETING_CALLED_OFF = "event_meeting_called_off";
    public static final String SERVICE_ANNOUNCE_CALL_OFF = "service_announce_call_off";
    public static final String END_MEETING_CALLED_OFF = "end_meeting_called_off";

    /** The secretariat postponed or cancelled the meeting. */
    public static final String MESSAGE_MEETING_CALLED_OFF = "MeetingCalledOff";

    /** The meeting's {@link MeetingMode}, by name. */
    public static final ProcessVariable<String> VAR_MODE = ProcessVariable.of("mode", String.class);
    /** The users who may hold the meeting: its chair and alternate chair. */
    public static final ProcessVariable<List<String>> VAR_CHAIRS = ProcessVariable.list("chairs");
    /** Under the written procedure, when silence becomes consent (ISO 8601); null otherwise. */
    public static final ProcessVariable<String> VAR_OBJECTION_DEADLINE =
            ProcessVariable.of("objectionDeadline", String.class);

    private MeetingProcess() {
    }
}
