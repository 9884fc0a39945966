package org.endorse.nomination;

import java.util.Locale;

import jakarta.validation.Valid;

import org.endorse.member.MemberDirectory;
import org.endorse.portal.PortalController;
import org.endorse.proposal.ProposalForms;
import org.endorse.proposal.ProposalKind;
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
    private final ProposalForms forms;
    private final MemberDirectory members;

    NominationPages(NominationService nominations, NominationDetails details, ProposalForms forms,
            MemberDirectory members) {
        this.nominations = nominations;
        this.details = details;
        this.forms = forms;
        this.members = members;
    }

    @GetMapping("/nominations/new")
    String newNomination(Model model) {
        return form(model, NominationRequest.blank(forms.onlyMemberFor(ProposalKind.NOMINATION)), null);
    }

    @PostMapping("/nominations")
    String draft(@Valid @ModelAttribute("form") NominationRequest form, BindingResult binding, Model model,
            RedirectAttributes redirect, Locale locale) {
        return save(null, form, binding, model, redirect, locale);
    }

    @GetMapping("/nominations/{reference}/edit")
    String edit(@PathVariable String reference, Model model) {
        return form(model, NominationRequest.of(forms.editable(ProposalKind.NOMINATION, reference),
                details.of(reference)), reference);
    }

    @PostMapping("/nominations/{reference}")
    String save(@PathVariable String reference, @Valid @ModelAttribute("form") NominationRequest form,
            BindingResult binding, Model model, RedirectAttributes redirect, Locale locale) {
        return forms.save(nominations, reference, form, binding, redirect, locale)
                .orElseGet(() -> form(model, form, reference));
    }

    private String form(Model model, NominationRequest form, String reference) {
        forms.show(model, ProposalKind.NOMINATION, form, reference);
        model.addAttribute("members", members.all());
        model.addAttribute("seatTypes", SeatType.values());
        return "portal/nomination/form";
    }
}
