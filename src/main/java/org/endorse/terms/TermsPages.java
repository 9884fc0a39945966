package org.endorse.terms;

import java.util.Locale;

import jakarta.validation.Valid;

import org.endorse.member.MemberDirectory;
import org.endorse.portal.FormErrors;
import org.endorse.portal.PortalController;
import org.endorse.proposal.ProposalForms;
import org.endorse.proposal.ProposalKind;
import org.endorse.proposal.ProposalService;
import org.endorse.security.CurrentUser;
import org.endorse.security.EndorseUser;
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
 * The portal's pages of Terms of Reference: the form to draft and revise one with a preview of its Markdown,
 * two versions side by side, and a contact point's answer to a circulated version.
 */
@PortalController
class TermsPages {

    private final TermsService terms;
    private final TermsDetails details;
    private final TermsText text;
    private final VersionDifference difference;
    private final ProposalService proposals;
    private final ProposalForms forms;
    private final MemberDirectory members;
    private final MessageSource messages;
    private final CurrentUser currentUser;

    TermsPages(TermsService terms, TermsDetails details, TermsText text, VersionDifference difference,
            ProposalService proposals, ProposalForms forms, MemberDirectory members, MessageSource messages,
            CurrentUser currentUser) {
        this.terms = terms;
        this.details = details;
        this.text = text;
        this.difference = difference;
        this.proposals = proposals;
        this.forms = forms;
        this.members = members;
        this.messages = messages;
        this.currentUser = currentUser;
    }

    @GetMapping("/terms/new")
    String newTerms(Model model) {
        return form(model, new TermsRequest(null, forms.onlyMemberFor(ProposalKind.TERMS_OF_REFERENCE), null, null,
                null), null);
    }

    @PostMapping("/terms")
    String draft(@Valid @ModelAttribute("form") TermsRequest form, BindingResult binding,
            @RequestParam(name = "preview", required = false) String preview, Model model,
            RedirectAttributes redirect, Locale locale) {
        return saveOrPreview(form, binding, preview != null, null, model, redirect, locale);
    }

    @GetMapping("/terms/{reference}/edit")
    String edit(@PathVariable String reference, Model model) {
        return form(model, TermsRequest.of(forms.editable(ProposalKind.TERMS_OF_REFERENCE, reference),
                terms.working(reference)), reference);
    }

    @PostMapping("/terms/{reference}")
    String save(@PathVariable String reference, @Valid @ModelAttribute("form") TermsRequest form,
            BindingResult binding, @RequestParam(name = "preview", required = false) String preview, Model model,
            RedirectAttributes redirect, Locale locale) {
        return saveOrPreview(form, binding, preview != null, reference, model, redirect, locale);
    }

    /** The rendered text alone, for the form's preview without a reload (htmx). */
    @PostMapping("/terms/preview")
    String preview(@RequestParam(name = "text", required = false) String markdown, Model model) {
        model.addAttribute("preview", text.html(markdown));
        return "portal/terms/form :: preview";
    }

    private String saveOrPreview(TermsRequest form, BindingResult binding, boolean preview, String reference,
            Model model, RedirectAttributes redirect, Locale locale) {
        if (preview) {
            model.addAttribute("preview", text.html(form.text()));
            return form(model, form, reference);
        }
        return forms.save(terms, reference, form, binding, redirect, locale)
                .orElseGet(() -> form(model, form, reference));
    }

    private String form(Model model, TermsRequest form, String reference) {
        forms.show(model, ProposalKind.TERMS_OF_REFERENCE, form, reference);
        return "portal/terms/form";
    }

    /** Two versions side by side, what changed marked. */
    @GetMapping("/terms/{reference}/compare")
    @Transactional(readOnly = true)
    String compare(@PathVariable String reference, @RequestParam int from, @RequestParam int to, Model model) {
        EndorseUser user = currentUser.get();
        model.addAttribute("proposal", proposals.visible(user, reference));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("rows", difference.rows(terms.difference(user, reference, from, to)));
        return "portal/terms/compare";
    }

    @PostMapping("/terms/{reference}/answers")
    String answer(@PathVariable String reference, @Valid @ModelAttribute("answer") AnswerRequest answer,
            BindingResult binding, RedirectAttributes redirect, Locale locale) {
        if (!binding.hasErrors()) {
            try {
                terms.answer(currentUser.get(), reference, answer);
                redirect.addFlashAttribute("notice", messages.getMessage("terms.answer.recorded",
                        new Object[] {members.nameOf(answer.member())}, locale));
                return "redirect:/proposals/" + reference + "#circulation";
            } catch (RuntimeException refused) {
                redirect.addFlashAttribute("answerErrors", FormErrors.byField(refused, messages, locale));
            }
        } else {
            redirect.addFlashAttribute("answerErrors", FormErrors.byField(binding, messages, locale));
        }
        redirect.addFlashAttribute("answerTyped", answer);
        return "redirect:/proposals/" + reference + "#circulation";
    }
}
