package org.endorse.register;

import org.endorse.system.ProcessVariable;

/**
 * processes/vice-chair-handover.bpmn: its key, element ids and variables. Its business key is the seat's code and
 * the first day of the incoming Vice-Chair's term, such as VICE-CHAIR/2028-07-01.
 */
public final class ViceChairHandoverProcess {

    public static final String KEY = "vice-chair-handover";

    public static final String TIMER_TERM_BEGINS = "timer_term_begins";
    public static final String SERVICE_HAND_OVER_OFFICE = "service_hand_over_office";
    public static final String END_OFFICE_HANDED_OVER = "end_office_handed_over";

    /** When the incoming Vice-Chair's term begins (ISO 8601): the first moment of its first day, UTC. */
    public static final ProcessVariable<String> VAR_TERM_BEGINS = ProcessVariable.of("termBegins", String.class);

    private ViceChairHandoverProcess() {
    }
}
