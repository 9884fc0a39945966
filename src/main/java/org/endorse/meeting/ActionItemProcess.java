package org.endorse.meeting;

import org.endorse.system.ProcessVariable;

/** processes/action-item.bpmn: its key, element ids, message and variables. Its business key is the item's id. */
public final class ActionItemProcess {

    public static final String KEY = "action-item";

    public static final String EVENT_GATEWAY_REMINDER_OR_CLOSED = "event_gateway_reminder_or_closed";
    public static final String TIMER_REMINDER_DUE = "timer_reminder_due";
    public static final String SERVICE_REMIND_OWNER = "service_remind_owner";
    public static final String EVENT_CLOSED_BEFORE_REMINDER = "event_closed_before_reminder";
    public static final String EVENT_CLOSED_AFTER_REMINDER = "event_closed_after_reminder";
    public static final String END_CLOSED_BEFORE_REMINDER = "end_closed_before_reminder";
    public static final String END_CLOSED_AFTER_REMINDER = "end_closed_after_reminder";

    /** A meeting closed the action item. */
    public static final String MESSAGE_ACTION_ITEM_CLOSED = "ActionItemClosed";

    /** When the owner is reminded (ISO 8601): some days before the item is due. */
    public static final ProcessVariable<String> VAR_REMINDER_DATE = ProcessVariable.of("reminderDate", String.class);

    private ActionItemProcess() {
    }
}
