package org.endorse.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One mail to one recipient in the outbox, with its rendered bodies and a Message-ID fixed when it was
 * written, so a retried delivery is recognisably the same mail.
 */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_id", nullable = false, unique = true, length = 200)
    private String messageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NotificationKind kind;

    @Column(name = "proposal_reference", length = 32)
    private String proposalReference;

    @Column(name = "recipient_user", length = 64)
    private String recipientUser;

    @Column(name = "recipient_address", nullable = false, length = 320)
    private String recipientAddress;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(name = "text_body", nullable = false, length = 100_000)
    private String textBody;

    @Column(name = "html_body", nullable = false, length = 200_000)
    private String htmlBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NotificationStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    @Column(name = "delivery_process_id", length = 64)
    private String deliveryProcessId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected Notification() {
    }

    Notification(String messageId, NotificationKind kind, String proposalReference, String recipientUser,
            String recipientAddress, String subject, String textBody, String htmlBody, Instant createdAt) {
        this.messageId = messageId;
        this.kind = kind;
        this.proposalReference = proposalReference;
        this.recipientUser = recipientUser;
        this.recipientAddress = recipientAddress;
        this.subject = subject;
        this.textBody = textBody;
        this.htmlBody = htmlBody;
        this.createdAt = createdAt;
        this.status = NotificationStatus.PENDING;
    }

    void hold(String reason) {
        this.status = NotificationStatus.HELD;
        this.lastError = reason;
    }

    void reject(String reason) {
        this.status = NotificationStatus.FAILED;
        this.lastError = reason;
    }

    void queued(String deliveryProcessId) {
        this.status = NotificationStatus.PENDING;
        this.deliveryProcessId = deliveryProcessId;
    }

    void sent(Instant at) {
        this.status = NotificationStatus.SENT;
        this.sentAt = at;
        this.attempts++;
        this.lastError = null;
    }

    void attemptFailed(String error, boolean lastAttempt) {
        this.attempts++;
        this.lastError = error.length() > 2000 ? error.substring(0, 2000) : error;
        this.status = lastAttempt ? NotificationStatus.FAILED : NotificationStatus.PENDING;
    }

    Long getId() {
        return id;
    }

    String getMessageId() {
        return messageId;
    }

    NotificationKind getKind() {
        return kind;
    }

    String getProposalReference() {
        return proposalReference;
    }

    String getRecipientUser() {
        return recipientUser;
    }

    String getRecipientAddress() {
        return recipientAddress;
    }

    String getSubject() {
        return subject;
    }

    String getTextBody() {
        return textBody;
    }

    String getHtmlBody() {
        return htmlBody;
    }

    NotificationStatus getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    String getLastError() {
        return lastError;
    }

    String getDeliveryProcessId() {
        return deliveryProcessId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getSentAt() {
        return sentAt;
    }
}
