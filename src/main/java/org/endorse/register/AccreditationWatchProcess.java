package org.endorse.register;

import java.util.Date;

import org.endorse.system.ProcessVariable;

/** processes/accreditation-watch.bpmn: its key, element ids, message and variables. */
public final class AccreditationWatchProcess {

    public static final String KEY = "accreditation-watch";

    public static final String TIMER_EXPIRING = "timer_accreditation_expiring";
    public static final String SERVICE_REMIND_EXPIRING = "service_remind_expiring_accreditation";
    public static final String USER_FOLLOW_UP = "user_follow_up_accreditation";
    public static final String TIMER_EXPIRED = "timer_accreditation_expired";
    public static final String SERVICE_FLAG_EXPIRED = "service_flag_expired_accreditation";
    public static final String END_EXPIRED = "end_accreditation_expired";
    public static final String END_RENEWED = "end_accreditation_renewed";

    public static final String MESSAGE_RENEWED = "AccreditationRenewed";

    /** When the secretariat is reminded: the warning period before the expiry. */
    public static final ProcessVariable<Date> VAR_REMINDER_AT = ProcessVariable.of("expiryReminderAt", Date.class);
    /** The first moment the accreditation is no longer valid: the day after its last valid day. */
    public static final ProcessVariable<Date> VAR_EXPIRES_AT =
            ProcessVariable.of("accreditationExpiresAt", Date.class);

    private AccreditationWatchProcess() {
    }
}
