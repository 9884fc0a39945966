package org.endorse.notification;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.endorse.system.LogText;
import org.endorse.system.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox: a notification is written in the transaction of the event that causes it, with its delivery
 * job, so both are kept or lost together with the event; the job sends it once that transaction committed.
 */
@Service
class NotificationOutbox {

    private static final Logger log = LoggerFactory.getLogger(NotificationOutbox.class);

    /** Why a notification is held, as its record keeps it: in English, like every record. */
    static final String NO_MAIL_SERVER = Texts.english("error.notification.noMailServer");

    private final NotificationRepository notifications;
    private final MailTemplates templates;
    private final MailDelivery mail;
    private final NotificationDelivery delivery;
    private final NotificationSettings settings;
    private final DeliveryRecords records;
    private final Clock clock;

    NotificationOutbox(NotificationRepository notifications, MailTemplates templates, MailDelivery mail,
            NotificationDelivery delivery, NotificationSettings settings, DeliveryRecords records, Clock clock) {
        this.records = records;
        this.notifications = notifications;
        this.templates = templates;
        this.mail = mail;
        this.delivery = delivery;
        this.settings = settings;
        this.clock = clock;
    }

    /** Writes one notification per recipient and queues its delivery (or holds it without a mail server). */
    @Transactional(propagation = Propagation.MANDATORY)
    void post(Message message, List<Recipient> recipients) {
        for (Recipient recipient : recipients) {
            String address = settings.redirectAllTo() == null || settings.redirectAllTo().isBlank()
                    ? recipient.address() : settings.redirectAllTo();
            MailTemplates.Rendered rendered = templates.render(message, recipient);
            Notification notification = notifications.save(new Notification("<" + UUID.randomUUID() + "@"
                    + domainOf(settings.from()) + ">", message.kind(), message.proposalReference(), recipient.userId(),
                    address, rendered.subject(), rendered.text(), rendered.html(), clock.instant()));
            String malformed = malformed(address);
            if (malformed != null) {
                notification.reject("The mail address '" + address + "' of user " + recipient.userId()
                        + " is malformed (" + malformed + "); correct it in Camunda Admin.");
                log.warn("Notification {} to user {} not sent: the address '{}' is malformed ({})",
                        notification.getId(), recipient.userId(), LogText.escaped(address), malformed);
            } else if (!mail.isConfigured()) {
                notification.hold(NO_MAIL_SERVER);
            } else {
                notification.queued(delivery.start(notification.getId()));
            }
        }
        if (!recipients.isEmpty()) {
            log.info("{} notification(s) '{}' written{}", recipients.size(),
                    LogText.escaped(Texts.english(message.subject())),
                    mail.isConfigured() ? "" : " and held: no mail server is configured");
        }
    }

    /**
     * Sends one notification from its delivery job. What happened is recorded at once in a transaction of its
     * own; a failure is then rethrown, for the job to be retried.
     */
    @Transactional(readOnly = true)
    void send(Long id) {
        Notification notification = notifications.findById(id).orElseThrow();
        if (notification.getStatus() == NotificationStatus.SENT) {
            return;
        }
        if (!mail.isConfigured()) {
            records.held(id);
            return;
        }
        try {
            mail.send(notification, settings.from());
        } catch (RuntimeException e) {
            records.failed(id, e);
            throw e;
        }
        records.sent(id);
    }

    private static String malformed(String address) {
        try {
            new InternetAddress(address, true).validate();
            return null;
        } catch (AddressException e) {
            return e.getMessage();
        }
    }

    private static String domainOf(String address) {
        return address.substring(address.indexOf('@') + 1);
    }
}
