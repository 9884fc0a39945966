package org.endorse.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records a failed delivery attempt in a transaction of its own, which the rollback of the attempt keeps. */
@Service
class DeliveryFailures {

    private static final Logger log = LoggerFactory.getLogger(DeliveryFailures.class);

    private final NotificationRepository notifications;
    private final NotificationSettings settings;

    DeliveryFailures(NotificationRepository notifications, NotificationSettings settings) {
        this.notifications = notifications;
        this.settings = settings;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void record(Long id, Exception error) {
        Notification notification = notifications.findById(id).orElseThrow();
        boolean last = notification.getAttempts() + 1 >= settings.attemptsAllowed();
        notification.attemptFailed(error.getMessage() == null ? error.toString() : error.getMessage(), last);
        log.warn("Notification {} to {} failed (attempt {} of {}){}: {}", id, notification.getRecipientAddress(),
                notification.getAttempts(), settings.attemptsAllowed(),
                last ? "; no retries left: see the incident in Cockpit, then retry it there or with POST"
                        + " /api/notifications/" + id + "/retry" : "; it will be retried", error.getMessage());
    }
}
