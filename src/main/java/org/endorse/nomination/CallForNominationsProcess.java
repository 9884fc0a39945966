package org.endorse.nomination;

import org.endorse.system.ProcessVariable;

/**
 * processes/call-for-nominations.bpmn: its key, element ids and variables. Its business key is the seat's code and
 * the first day of the term called for, such as POLICY-COMMISSION/2027-07-01.
 */
public final class CallForNominationsProcess {

    public static final String KEY = "call-for-nominations";

    public static final String TIMER_CALL_OPENS = "timer_call_opens";
    public static final String SERVICE_OPEN_CALL = "service_open_call";
    public static final String USER_FOLLOW_CALL = "user_follow_call";
    public static final String TIMER_DEADLINE = "timer_deadline";
    public static final String SERVICE_CLOSE_CALL = "service_close_call";
    public static final String SERVICE_FLAG_SEAT_WITHOUT_CANDIDATE = "service_flag_seat_without_candidate";
    public static final String END_CALL_ANSWERED = "end_call_answered";
    public static final String END_SEAT_WITHOUT_CANDIDATE = "end_seat_without_candidate";

    /** When the call opens (ISO 8601): the configured time before the term begins. */
    public static final ProcessVariable<String> VAR_CALL_OPENS = ProcessVariable.of("callOpens", String.class);
    /** When the call closes (ISO 8601): once its last day is over everywhere in the region. */
    public static final ProcessVariable<String> VAR_CALL_CLOSES = ProcessVariable.of("callCloses", String.class);
    /** How many nominations were submitted by the deadline. */
    public static final ProcessVariable<Integer> VAR_CANDIDATES = ProcessVariable.of("candidates", Integer.class);

    private CallForNominationsProcess() {
    }
}
