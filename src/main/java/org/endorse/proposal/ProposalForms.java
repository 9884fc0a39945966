package org.endorse.proposal;

import java.util.Locale;
import java.util.Optional;

import org.endorse.portal.FormErrors;
import org.endorse.security.CurrentUser;
import org.endorse.security.EndorseUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the portal's draft and edit forms of every kind do the same way, over the same services as the API: the
 * member administrations a form offers, opening a proposal to edit, and saving a form as the signed-in user,
 * then going to the proposal with a notice, or showing the form again with the refusal beside the field it names.
 */
@Component
public class ProposalForms {

    private final ProposalService proposals;
    private final MessageSource messages;
    private final CurrentUser currentUser;

    ProposalForms(ProposalService proposals, MessageSource messages, CurrentUser currentUser) {
        this.proposals = proposals;
        this.messages = messages;
        this.currentUser = currentUser;
    }

    /** The member administration a new form starts with: the user's, if there is only one they may draft for. */
    public String onlyMemberFor(ProposalKind kind) {
        return proposals.onlyMemberDraftableBy(currentUser.get(), kind);
    }

    /** The proposal to open in its kind's edit form, if the signed-in user may change it. */
    @Transactional(readOnly = true)
    public Proposal editable(ProposalKind kind, String reference) {
        return proposals.editable(currentUser.get(), reference, kind);
    }

    /**
     * Puts the form in the model, unless the request's binding put it there already (with the values it could not
     * read), with what every kind's form shows: which proposal it edits, and for whom it may be drafted.
     */
    public void show(Model model, ProposalKind kind, Object form, String reference) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("reference", reference);
        model.addAttribute("ownMembers", proposals.membersDraftableBy(currentUser.get(), kind));
    }

    /**
     * Saves a checked form as a new draft (without a reference) or as an edit: the page to go to, or none when
     * the form has errors or the service refused it, the refusal then in the binding.
     */
    public <R extends ProposalRequest> Optional<String> save(ProposalPartWriter<R> kind, String reference, R form,
            BindingResult binding, RedirectAttributes redirect, Locale locale) {
        if (binding.hasErrors()) {
            return Optional.empty();
        }
        try {
            EndorseUser user = currentUser.get();
            Proposal proposal = reference == null ? proposals.draft(user, kind, form)
                    : proposals.edit(user, reference, kind, form);
            redirect.addFlashAttribute("notice", messages.getMessage("proposal.saved",
                    new Object[] {proposal.getReference()}, locale));
            return Optional.of("redirect:/proposals/" + proposal.getReference());
        } catch (RuntimeException refused) {
            FormErrors.reject(binding, refused, messages, locale);
            return Optional.empty();
        }
    }
}
