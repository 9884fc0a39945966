package org.endorse.proposal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.endorse.document.Document;
import org.endorse.document.DocumentOwner;
import org.endorse.document.DocumentRefusals;
import org.endorse.document.DocumentViews;
import org.endorse.document.Documents;
import org.endorse.document.Upload;
import org.endorse.document.UploadReader;
import org.endorse.member.MemberDirectory;
import org.endorse.portal.FormErrors;
import org.endorse.portal.ListPages;
import org.endorse.portal.PortalController;
import org.endorse.security.CurrentUser;
import org.endorse.security.EndorseUser;
import org.endorse.security.Role;
import org.endorse.system.InvalidFieldException;
import org.endorse.system.PageQuery;
import org.endorse.system.PlainText;
import org.springframework.context.MessageSource;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The portal's pages of proposals of every kind: the list with its filters, a proposal's page (details, stage,
 * timeline and what its kind adds), and the confirmation before submitting and withdrawing.
 */
@PortalController
class ProposalPages {

    private final ProposalService proposals;
    private final ProposalWorkflow workflow;
    private final ProposalProcesses processes;
    private final ProposalPageSections sections;
    private final MemberDirectory members;
    private final MessageSource messages;
    private final CurrentUser currentUser;
    private final ProposalDocuments proposalDocuments;
    private final Documents documents;
    private final DocumentViews documentViews;
    private final DocumentRefusals documentRefusals;
    private final UploadReader uploads;

    ProposalPages(ProposalService proposals, ProposalWorkflow workflow, ProposalProcesses processes,
            ProposalPageSections sections, MemberDirectory members, MessageSource messages,
            CurrentUser currentUser, ProposalDocuments proposalDocuments, Documents documents,
            DocumentViews documentViews, DocumentRefusals documentRefusals, UploadReader uploads) {
        this.proposalDocuments = proposalDocuments;
        this.documents = documents;
        this.documentViews = documentViews;
        this.documentRefusals = documentRefusals;
        this.uploads = uploads;
        this.proposals = proposals;
        this.workflow = workflow;
        this.processes = processes;
        this.sections = sections;
        this.members = members;
        this.messages = messages;
        this.currentUser = currentUser;
    }

    @GetMapping("/proposals")
    String list(@Valid @ModelAttribute("search") ProposalSearch search, BindingResult searchErrors,
            @Valid @ModelAttribute("paging") PageQuery page, BindingResult pageErrors, Model model) {
        ProposalSearch filters = ListPages.filters(search, searchErrors, ProposalSearch::everything, model);
        model.addAttribute("results", ListPages.page(page, pageErrors,
                query -> proposals.search(currentUser.get(), filters, query), model));
        model.addAttribute("kinds", ProposalKind.values());
        model.addAttribute("statuses", ProposalStatus.values());
        model.addAttribute("members", members.all());
        return "portal/proposal/list";
    }

    @GetMapping("/proposals/{reference}")
    @Transactional(readOnly = true)
    String show(@PathVariable String reference, Model model) {
        EndorseUser user = currentUser.get();
        Proposal proposal = proposals.visible(user, reference);
        model.addAttribute("proposal", proposal);
        model.addAttribute("memberName", members.nameOf(proposal.getSubmittingMember()));
        model.addAttribute("progress", ProposalProgress.of(proposal));
        model.addAttribute("drafter", proposals.isDrafter(user, proposal));
        model.addAttribute("suspended", workflow.isSuspended(proposal));
        model.addAttribute("mayPlaceBeforeHeads", proposal.getStatus() == ProposalStatus.UNDER_REVIEW
                && user.has(Role.SECRETARIAT));
        if (user.roles().stream().anyMatch(Role::opensCockpit)) {
            model.addAttribute("processInstanceId", workflow.runningInstanceOf(processes.of(proposal.getKind()),
                    reference).orElse(null));
        }
        sections.addTo(model, proposal, user);
        model.addAttribute("documents", documentViews.of(documents.of(DocumentOwner.proposal(proposal.getId()))));
        model.addAttribute("documentsChangeable", proposalDocuments.mayChange(user, proposal));
        documentRefusals.addChoicesTo(model);
        return "portal/proposal/show";
    }

    /** A document added from the proposal's page: back to it, with the document listed or what was refused. */
    @PostMapping("/proposals/{reference}/documents")
    String addDocument(@PathVariable String reference, HttpServletRequest request, RedirectAttributes redirect,
            Locale locale) throws IOException {
        Proposal proposal = proposals.visible(currentUser.get(), reference);
        try (Upload upload = uploads.read(request)) {
            Document added = documents.add(currentUser.get(), DocumentOwner.proposal(proposal.getId()), upload);
            documentRefusals.notice(redirect, "document.added", locale, added.getTitle());
        } catch (RuntimeException refused) {
            documentRefusals.refused(redirect, refused, locale, NEW_DOCUMENT_FORM);
        }
        return "redirect:/proposals/" + reference + "#documents";
    }

    /** The id of the form that adds a document to a proposal, where its refusal is shown. */
    static final String NEW_DOCUMENT_FORM = "new-document";

    @GetMapping("/proposals/{reference}/submit")
    @Transactional(readOnly = true)
    String confirmSubmit(@PathVariable String reference, Model model) {
        Proposal proposal = proposals.editable(currentUser.get(), reference);
        model.addAttribute("proposal", proposal);
        model.addAttribute("requiredDocuments", proposalDocuments.requirementsOf(proposal));
        return "portal/proposal/submit";
    }

    @PostMapping("/proposals/{reference}/submit")
    String submit(@PathVariable String reference, @RequestParam(required = false) String submittedOn,
            @RequestParam(required = false) String note, Model model, RedirectAttributes redirect, Locale locale) {
        try {
            PlainText.require("note", note);
            LocalDate day;
            try {
                day = submittedOn == null || submittedOn.isBlank() ? null : LocalDate.parse(submittedOn.strip());
            } catch (DateTimeParseException notADay) {
                throw new InvalidFieldException("submittedOn", "error.proposal.pastSubmissionDay", submittedOn);
            }
            Proposal proposal = proposals.submit(currentUser.get(), reference, new PastSubmission(day, note));
            redirect.addFlashAttribute("notice", messages.getMessage("proposal.submitted",
                    new Object[] {proposal.getReference()}, locale));
            return "redirect:/proposals/" + reference;
        } catch (RuntimeException refused) {
            if (refused instanceof InvalidFieldException missing && ProposalDocuments.FIELD.equals(missing.getField())) {
                // Shown beside the list of required documents, where it can be put right.
                model.addAttribute("documentsRefusal", messages.getMessage(missing, locale));
            } else {
                model.addAttribute("refusal", FormErrors.messageOf(refused, messages, locale));
            }
            model.addAttribute("submittedOn", submittedOn);
            model.addAttribute("pastNote", note);
            return confirmSubmit(reference, model);
        }
    }

    /**
     * A step on a proposal that needs a reason, kept in its timeline: its path under the proposal, the message keys
     * of its confirmation page, and the notice once done.
     */
    record ReasonStep(String path, String title, String lead, String label, String button, boolean danger,
            String notice) {
    }

    private static final ReasonStep WITHDRAW = new ReasonStep("withdraw", "proposal.confirmWithdraw.title",
            "proposal.confirmWithdraw.lead", "proposal.withdraw.reason", "proposal.withdraw", true,
            "proposal.withdrawn");
    private static final ReasonStep PLACE_BEFORE_HEADS = new ReasonStep("place-before-heads-of-customs",
            "proposal.confirmPlace.title", "proposal.confirmPlace.lead", "proposal.place.reason",
            "proposal.placeBeforeHeads", false, "proposal.placed");

    @GetMapping("/proposals/{reference}/withdraw")
    @Transactional(readOnly = true)
    String confirmWithdraw(@PathVariable String reference, Model model) {
        return confirm(WITHDRAW, reference, model);
    }

    @PostMapping("/proposals/{reference}/withdraw")
    String withdraw(@PathVariable String reference, @Valid @ModelAttribute("reasonForm") ReasonRequest form,
            BindingResult binding, Model model, RedirectAttributes redirect, Locale locale) {
        return take(WITHDRAW, reference, binding, () -> proposals.withdraw(currentUser.get(), reference,
                form.reason()), model, redirect, locale);
    }

    @GetMapping("/proposals/{reference}/place-before-heads-of-customs")
    @Transactional(readOnly = true)
    String confirmPlaceBeforeHeads(@PathVariable String reference, Model model) {
        return confirm(PLACE_BEFORE_HEADS, reference, model);
    }

    @PostMapping("/proposals/{reference}/place-before-heads-of-customs")
    String placeBeforeHeads(@PathVariable String reference, @Valid @ModelAttribute("reasonForm") ReasonRequest form,
            BindingResult binding, Model model, RedirectAttributes redirect, Locale locale) {
        return take(PLACE_BEFORE_HEADS, reference, binding, () -> proposals.placeBeforeHeadsOfCustoms(
                currentUser.get(), reference, form.reason()), model, redirect, locale);
    }

    private String confirm(ReasonStep step, String reference, Model model) {
        model.addAttribute("proposal", proposals.visible(currentUser.get(), reference));
        model.addAttribute("step", step);
        if (!model.containsAttribute("reasonForm")) {
            model.addAttribute("reasonForm", new ReasonRequest(""));
        }
        return "portal/proposal/reason";
    }

    /** Takes the step, then shows the proposal with a notice; or the form again, with the refusal beside it. */
    private String take(ReasonStep step, String reference, BindingResult binding, Runnable action, Model model,
            RedirectAttributes redirect, Locale locale) {
        if (!binding.hasErrors()) {
            try {
                action.run();
                redirect.addFlashAttribute("notice", messages.getMessage(step.notice(), new Object[] {reference},
                        locale));
                return "redirect:/proposals/" + reference;
            } catch (RuntimeException refused) {
                FormErrors.reject(binding, refused, messages, locale);
            }
        }
        return confirm(step, reference, model);
    }
}
