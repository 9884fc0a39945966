package org.endorse.notification;

import java.util.List;
import java.util.Map;

import org.endorse.security.EndorseUser;
import org.endorse.security.Role;
import org.endorse.system.ConflictException;
import org.endorse.system.ForbiddenException;
import org.endorse.system.LogText;
import org.endorse.system.NotFoundException;
import org.endorse.system.PageQuery;
import org.endorse.system.PageResult;
import org.endorse.system.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as operators see it: reading notifications and why one is not sent, retrying a failed one,
 * and, at each start with a mail server configured, sending those held while there was none.
 */
@Service
@Order(10)
class NotificationAdministration implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NotificationAdministration.class);

    /** How the outbox may be sorted; the newest first unless asked otherwise. */
    static final PageQuery.Sorting SORTING = new PageQuery.Sorting(Map.of("created", "createdAt", "status", "status",
            "recipient", "recipientAddress"), "created,desc", "id");

    private final NotificationRepository notifications;
    private final NotificationDelivery delivery;
    private final MailDelivery mail;

    NotificationAdministration(NotificationRepository notifications, NotificationDelivery delivery, MailDelivery mail) {
        this.notifications = notifications;
        this.delivery = delivery;
        this.mail = mail;
    }

    /** One page of the outbox's notifications that match the search, the newest first unless asked otherwise. */
    @Transactional(readOnly = true)
    PageResult<NotificationView> page(EndorseUser user, NotificationSearch search, PageQuery page) {
        requireOperator(user);
        return page.read(SORTING, pageable -> notifications.findAll(search.matching(), pageable)).map(this::view);
    }

    @Transactional(readOnly = true)
    NotificationView one(EndorseUser user, Long id) {
        requireOperator(user);
        return view(find(id));
    }

    /** Gives a failed notification another attempt (or sends a held one, now that there is a mail server). */
    @Transactional
    NotificationView retry(EndorseUser user, Long id) {
        requireOperator(user);
        Notification notification = find(id);
        boolean incident = notification.getDeliveryProcessId() != null
                && delivery.hasIncident(notification.getDeliveryProcessId());
        switch (incident ? NotificationStatus.FAILED : notification.getStatus()) {
            case HELD -> {
                if (!mail.isConfigured()) {
                    throw new ConflictException("error.notification.noMailServer");
                }
                notification.queued(delivery.start(id));
            }
            case FAILED -> {
                if (notification.getDeliveryProcessId() == null || !delivery.retry(notification.getDeliveryProcessId())) {
                    throw new ConflictException("error.notification.notSendable", String.valueOf(id),
                            notification.getLastError());
                }
                notification.queued(notification.getDeliveryProcessId());
            }
            default -> throw new ConflictException("error.notification.notRetried", String.valueOf(id),
                    Texts.of("error.notification.status." + notification.getStatus().name()));
        }
        log.info("Notification {} to {} queued again by {}", id, LogText.escaped(notification.getRecipientAddress()),
                user.id());
        return view(notification);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!mail.isConfigured()) {
            return;
        }
        List<Notification> held = notifications.findByStatusOrderByCreatedAtAscIdAsc(NotificationStatus.HELD);
        held.forEach(notification -> notification.queued(delivery.start(notification.getId())));
        if (!held.isEmpty()) {
            log.info("{} notification(s) held while no mail server was configured are now being sent", held.size());
        }
    }

    private Notification find(Long id) {
        return notifications.findById(id).orElseThrow(() -> new NotFoundException("error.notification.notFound",
                String.valueOf(id)));
    }

    private static void requireOperator(EndorseUser user) {
        if (!user.has(Role.SECRETARIAT) && !user.has(Role.ADMIN)) {
            throw new ForbiddenException("error.notification.operatorsOnly");
        }
    }

    private NotificationView view(Notification notification) {
        // The engine's incident is what says the retries are used up, whatever the attempts counted here.
        boolean incident = notification.getDeliveryProcessId() != null
                && delivery.hasIncident(notification.getDeliveryProcessId());
        return new NotificationView(notification.getId(), notification.getKind(), notification.getProposalReference(),
                notification.getRecipientUser(), notification.getRecipientAddress(), notification.getSubject(),
                incident ? NotificationStatus.FAILED : notification.getStatus(), notification.getAttempts(),
                notification.getLastError(), incident,
                notification.getMessageId(), notification.getCreatedAt(), notification.getSentAt());
    }
}
