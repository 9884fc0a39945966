package org.endorse.nomination;

import java.util.Locale;

import jakarta.validation.Valid;

import org.endorse.member.MemberDirectory;
import org.endorse.portal.FormErrors;
import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalKind;
import org.endorse.proposal.ProposalService;
import org.endorse.security.CurrentUser;
import org.endorse.security.EndorseUser;
import org.endorse.portal.PortalController;
import org.springframework.context.MessageSource;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The portal's form to draft and edit a nomination, over the same service as the API. */
@PortalController
class NominationPages {

    private final NominationService nominations;
    private final NominationDetails details;
    private final ProposalService proposals;
    private final MemberDirectory members;
    private final MessageSource messages;
    private final CurrentUser currentUser;

    NominationPages(NominationService nominations, NominationDetails details, ProposalService proposals,
            MemberDirectory members, MessageSource messages, CurrentUser currentUser) {
        this.nominations = nominations;
        this.details = details;
        this.proposals = proposals;
        this.members = members;
        this.messages = messages;
        this.currentUser = currentUser;
    }

    @GetMapping("/nominations/new")
    String newNomination(Model model) {
        String member = proposals.onlyMemberDraftableBy(currentUser.get(), ProposalKind.NOMINATION);
        return form(model, NominationRequest.blank(member), null);
    }

    @PostMapping("/nominations")
    String draft(@Valid @ModelAttribute("form") NominationRequest form, BindingResult binding, Model model,
            RedirectAttributes redirect, Locale locale) {
        if (!binding.hasErrors()) {
            try {
                Proposal proposal = proposals.draft(currentUser.get(), nominations, form);
                return saved(proposal, redirect, locale);
            } catch (RuntimeException refused) {
                FormErrors.reject(binding, refused, messages, locale);
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/nominations/{reference}/edit")
    @Transactional(readOnly = true)
    String edit(@PathVariable String reference, Model model) {
        Proposal proposal = proposals.editable(currentUser.get(), reference, ProposalKind.NOMINATION);
        return form(model, NominationRequest.of(proposal, details.of(reference)), reference);
    }

    @PostMapping("/nominations/{reference}")
    String save(@PathVariable String reference, @Valid @ModelAttribute("form") NominationRequest form,
            BindingResult binding, Model model, RedirectAttributes redirect, Locale locale) {
        if (!binding.hasErrors()) {
            try {
                return saved(proposals.edit(currentUser.get(), reference, nominations, form), redirect, locale);
            } catch (RuntimeException refused) {
                FormErrors.reject(binding, refused, messages, locale);
            }
        }
        return form(model, form, reference);
    }

    private String form(Model model, NominationRequest form, String reference) {
        EndorseUser user = currentUser.get();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("reference", reference);
        model.addAttribute("ownMembers", proposals.membersDraftableBy(user, ProposalKind.NOMINATION));
        model.addAttribute("members", members.all());
        model.addAttribute("seatTypes", SeatType.values());
        return "portal/nomination/form";
    }

    private String saved(Proposal proposal, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("notice", messages.getMessage("proposal.saved",
                new Object[] {proposal.getReference()}, locale));
        return "redirect:/proposals/" + proposal.getReference();
    }
}
