package org.endorse.notification;

/** Where a notification in the outbox stands. */
public enum NotificationStatus {
    /** Waiting for its delivery job, or between retries after a failure. */
    PENDING,
    SENT,
    /** Kept, not sent: no mail server is configured. Sent once one is. */
    HELD,
    /** Cannot be sent as it is (a malformed address), or its retries ran out: an incident shows it. */
    FAILED
}
