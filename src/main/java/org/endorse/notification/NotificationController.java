package org.endorse.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.endorse.security.CurrentUser;
import org.endorse.system.PageQuery;
import org.endorse.system.PageResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications", description = "The outbox of mail notifications: what was sent, what waits and why"
        + " (secretariat and administrators)")
class NotificationController {

    private final NotificationAdministration notifications;
    private final CurrentUser currentUser;

    NotificationController(NotificationAdministration notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "List the outbox's notifications, a page at a time",
            description = "Filters: status (PENDING, SENT, HELD or FAILED), kind (such as ENDORSED), proposal (its"
                    + " reference), recipient (a user's name or part of an address), q (words of the subject)."
                    + " Paging: page (from 1), size (at most 50), sort (created, status or recipient, with ,asc or"
                    + " ,desc; the newest first by default).")
    PageResult<NotificationView> list(@Valid NotificationSearch search, @Valid PageQuery page) {
        return notifications.page(currentUser.get(), search, page);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one notification with its delivery attempts and last error")
    NotificationView one(@PathVariable Long id) {
        return notifications.one(currentUser.get(), id);
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "Send a failed notification again, or a held one once a mail server is configured")
    NotificationView retry(@PathVariable Long id) {
        return notifications.retry(currentUser.get(), id);
    }
}
