package org.endorse.notification;

import java.time.Instant;

/** A notification in the outbox as the secretariat reads it, with why it is not sent, if it is not. */
record NotificationView(Long id, NotificationKind kind, String proposalReference, String recipientUser,
        String recipientAddress, String subject, NotificationStatus status, int attempts, String lastError,
        boolean incident, String messageId, Instant createdAt, Instant sentAt) {
}
