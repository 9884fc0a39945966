package org.endorse.notification;

/** processes/outbox-archiving.bpmn: its key and element ids. It runs every day on its own. */
public final class OutboxArchivingProcess {

    public static final String KEY = "outbox-archiving";

    public static final String TIMER_EVERY_DAY = "timer_every_day";
    public static final String SERVICE_ARCHIVE_DELIVERED = "service_archive_delivered";
    public static final String END_OUTBOX_ARCHIVED = "end_outbox_archived";

    private OutboxArchivingProcess() {
    }
}
