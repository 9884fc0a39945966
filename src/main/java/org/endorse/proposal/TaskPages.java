package org.endorse.proposal;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.endorse.portal.FormErrors;
import org.endorse.portal.ListPages;
import org.endorse.portal.PortalController;
import org.endorse.security.CurrentUser;
import org.endorse.security.EndorseUser;
import org.endorse.system.ConflictException;
import org.endorse.system.PageQuery;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The task inbox: the user's tasks and their groups', and a task's page with the proposal it is about and a
 * form offering exactly the decisions the task takes. A task someone else completed meanwhile is said so
 * plainly, not as an error page.
 */
@PortalController
class TaskPages {

    private final ProposalTasks tasks;
    private final ProposalService proposals;
    private final ProposalPageSections sections;
    private final MessageSource messages;
    private final CurrentUser currentUser;

    TaskPages(ProposalTasks tasks, ProposalService proposals, ProposalPageSections sections,
            MessageSource messages, CurrentUser currentUser) {
        this.tasks = tasks;
        this.proposals = proposals;
        this.sections = sections;
        this.messages = messages;
        this.currentUser = currentUser;
    }

    /** A decision on a task, as its form posts it. */
    record Decision(String decision, @Size(max = 3000) String reason, LocalDate doneOn) {
    }

    @GetMapping("/tasks")
    String inbox(@Valid @ModelAttribute("search") TaskSearch search, BindingResult searchErrors,
            @Valid @ModelAttribute("paging") PageQuery page, BindingResult pageErrors, Model model) {
        TaskSearch filters = ListPages.filters(search, searchErrors, TaskSearch::everything, model);
        model.addAttribute("results", ListPages.page(page, pageErrors,
                query -> tasks.tasksOf(currentUser.get(), filters, query), model));
        return "portal/task/inbox";
    }

    /** Not in one transaction: a task gone meanwhile is a refusal the page shows, which must not roll back. */
    @GetMapping("/tasks/{taskId}")
    String show(@PathVariable String taskId, Model model, RedirectAttributes redirect, Locale locale) {
        EndorseUser user = currentUser.get();
        ProposalTasks.TaskView task;
        try {
            task = tasks.task(user, taskId);
        } catch (ConflictException gone) {
            redirect.addFlashAttribute("notice", FormErrors.messageOf(gone, messages, locale));
            return "redirect:/tasks";
        }
        model.addAttribute("task", task);
        if (!model.containsAttribute("decision")) {
            model.addAttribute("decision", new Decision(task.suggestedDecision(), null, null));
        }
        Proposal proposal = proposals.visible(user, task.proposalReference());
        model.addAttribute("proposal", proposal);
        sections.addTo(model, proposal, user);
        return "portal/task/show";
    }

    @PostMapping("/tasks/{taskId}/claim")
    String claim(@PathVariable String taskId, RedirectAttributes redirect, Locale locale) {
        try {
            tasks.claim(currentUser.get(), taskId);
        } catch (ConflictException taken) {
            redirect.addFlashAttribute("notice", FormErrors.messageOf(taken, messages, locale));
        }
        return "redirect:/tasks/" + taskId;
    }

    /**
     * Completes the task with the decision. With htmx, the task's decision area is replaced in place; without
     * it, the inbox shows what was done.
     */
    @PostMapping("/tasks/{taskId}/complete")
    String complete(@PathVariable String taskId, @Valid @ModelAttribute("decision") Decision decision,
            BindingResult binding, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect, Locale locale) {
        ProposalTasks.TaskView task;
        try {
            task = tasks.task(currentUser.get(), taskId);
        } catch (ConflictException gone) {
            return done(FormErrors.messageOf(gone, messages, locale), htmx, model, redirect);
        }
        if (!binding.hasErrors()) {
            try {
                tasks.complete(currentUser.get(), taskId, decision.decision(), decision.reason(), decision.doneOn());
                return done(messages.getMessage("task.completed", new Object[] {
                        messages.getMessage("task." + task.taskKey(), null, locale), task.proposalReference(),
                        messages.getMessage("task.decision." + decision.decision(), null, locale)}, locale),
                        htmx, model, redirect);
            } catch (ConflictException gone) {
                return done(FormErrors.messageOf(gone, messages, locale), htmx, model, redirect);
            } catch (RuntimeException refused) {
                FormErrors.reject(binding, refused, messages, locale);
            }
        }
        if (htmx != null) {
            model.addAttribute("task", task);
            return "portal/task/show :: decision";
        }
        return show(taskId, model, redirect, locale);
    }

    private static String done(String message, String htmx, Model model, RedirectAttributes redirect) {
        if (htmx != null) {
            model.addAttribute("done", message);
            return "portal/task/show :: decision";
        }
        redirect.addFlashAttribute("notice", message);
        return "redirect:/tasks";
    }
}
