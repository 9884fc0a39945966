package org.endorse.notification;

import java.time.Clock;

import org.endorse.system.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what a delivery attempt did, each in a transaction of its own, committed at once: a sent mail stays
 * sent even if the job's own commit fails afterwards (so its retry does not send it again), and a failure
 * stays recorded although the failed attempt is rolled back.
 */
@Service
class DeliveryRecords {

    private static final Logger log = LoggerFactory.getLogger(DeliveryRecords.class);

    private final NotificationRepository notifications;
    private final NotificationSettings settings;
    private final Clock clock;

    DeliveryRecords(NotificationRepository notifications, NotificationSettings settings, Clock clock) {
        this.notifications = notifications;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void sent(Long id) {
        Notification notification = notifications.findById(id).orElseThrow();
        notification.sent(clock.instant());
        log.info("Notification {} '{}' sent to {}", id, LogText.escaped(notification.getSubject()),
                LogText.escaped(notification.getRecipientAddress()));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void held(Long id) {
        notifications.findById(id).orElseThrow().hold(NotificationOutbox.NO_MAIL_SERVER);
        log.info("Notification {} held: no mail server is configured any more", id);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(Long id, Exception error) {
        Notification notification = notifications.findById(id).orElseThrow();
        if (notification.getStatus() == NotificationStatus.SENT) {
            // Another node took the job over once this one's lock expired, and sent it: nothing failed.
            log.info("Notification {}: a late attempt failed ({}), but another attempt has sent it", id,
                    error.getMessage());
            return;
        }
        boolean last = notification.getAttempts() + 1 >= settings.attemptsAllowed();
        notification.attemptFailed(error.getMessage() == null ? error.toString() : error.getMessage(), last);
        log.warn("Notification {} to {} failed (attempt {} of {}){}: {}", id,
                LogText.escaped(notification.getRecipientAddress()),
                notification.getAttempts(), settings.attemptsAllowed(),
                last ? "; no retries left: see the incident in Cockpit, then retry it there or with POST"
                        + " /api/notifications/" + id + "/retry" : "; it will be retried", error.getMessage());
    }
}
