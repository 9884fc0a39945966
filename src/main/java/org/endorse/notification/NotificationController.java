package org.endorse.notification;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.endorse.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
    @Operation(summary = "List notifications, newest first, or those in one status (PENDING, SENT, HELD, FAILED)")
    List<NotificationView> list(@RequestParam(required = false) NotificationStatus status) {
        return notifications.list(currentUser.get(), status);
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
