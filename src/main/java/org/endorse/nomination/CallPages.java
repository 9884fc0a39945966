package org.endorse.nomination;

import java.util.Locale;

import jakarta.validation.Valid;

import org.endorse.portal.FormErrors;
import org.endorse.portal.ListPages;
import org.endorse.portal.PortalController;
import org.endorse.security.CurrentUser;
import org.endorse.security.Role;
import org.endorse.system.PageQuery;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The calls for nominations in the portal: members nominate from an open call, the secretariat may close one. */
@PortalController
class CallPages {

    private final CallsForNominations calls;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    CallPages(CallsForNominations calls, CurrentUser currentUser, MessageSource messages) {
        this.calls = calls;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/calls")
    String calls(@Valid @ModelAttribute("paging") PageQuery page, BindingResult pageErrors, Model model) {
        model.addAttribute("results", ListPages.page(page, pageErrors, calls::page, model));
        model.addAttribute("closesCalls", currentUser.get().has(Role.SECRETARIAT));
        model.addAttribute("nominates", currentUser.get().has(Role.MEMBER));
        return "portal/nomination/calls";
    }

    @PostMapping("/calls/{id}/close")
    String close(@PathVariable Long id, RedirectAttributes redirect, Locale locale) {
        try {
            CallsForNominations.CallView closed = calls.closeNow(currentUser.get(), id);
            redirect.addFlashAttribute("notice", messages.getMessage("call.closed", new Object[] {closed.seatName(),
                    closed.candidates()}, locale));
        } catch (RuntimeException refused) {
            redirect.addFlashAttribute("notice", FormErrors.messageOf(refused, messages, locale));
        }
        return "redirect:/calls";
    }
}
