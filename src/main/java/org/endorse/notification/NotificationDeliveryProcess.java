package org.endorse.notification;

/** processes/notification-delivery.bpmn: its key and element ids. */
public final class NotificationDeliveryProcess {

    public static final String KEY = "notification-delivery";

    public static final String SERVICE_SEND = "service_send_notification";
    public static final String END_SENT = "end_notification_sent";

    private NotificationDeliveryProcess() {
    }
}
