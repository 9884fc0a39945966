package org.endorse.notification;

import java.util.Locale;

import jakarta.validation.Valid;

import org.endorse.portal.FormErrors;
import org.endorse.portal.ListPages;
import org.endorse.portal.PortalController;
import org.endorse.security.CurrentUser;
import org.endorse.system.PageQuery;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The outbox of mail notifications, for the secretariat and administrators: what was sent, what waits, and why. */
@PortalController
class NotificationPages {

    private final NotificationAdministration notifications;
    private final MessageSource messages;
    private final CurrentUser currentUser;

    NotificationPages(NotificationAdministration notifications, MessageSource messages, CurrentUser currentUser) {
        this.notifications = notifications;
        this.messages = messages;
        this.currentUser = currentUser;
    }

    @GetMapping("/notifications")
    String outbox(@Valid @ModelAttribute("search") NotificationSearch search, BindingResult searchErrors,
            @Valid @ModelAttribute("paging") PageQuery page, BindingResult pageErrors, Model model) {
        NotificationSearch filters = ListPages.filters(search, searchErrors, NotificationSearch::everything, model);
        model.addAttribute("results", ListPages.page(page, pageErrors,
                query -> notifications.page(currentUser.get(), filters, query), model));
        model.addAttribute("statuses", NotificationStatus.values());
        return "portal/notification/outbox";
    }

    @PostMapping("/notifications/{id}/retry")
    String retry(@PathVariable Long id, Locale locale, RedirectAttributes redirect) {
        try {
            notifications.retry(currentUser.get(), id);
            redirect.addFlashAttribute("notice", messages.getMessage("notifications.retried", new Object[] {id},
                    locale));
        } catch (RuntimeException refused) {
            redirect.addFlashAttribute("notice", FormErrors.messageOf(refused, messages, locale));
        }
        return "redirect:/notifications";
    }
}
