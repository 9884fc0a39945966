package org.endorse.nomination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.endorse.member.MemberDirectory;
import org.endorse.portal.FormErrors;
import org.endorse.portal.PortalController;
import org.endorse.proposal.ProposalForms;
import org.endorse.proposal.ProposalKind;
import org.endorse.register.Seat;
import org.endorse.register.Seats;
import org.endorse.security.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The portal's form to draft and edit a nomination for a configured seat, and the secretariat's record of the WCO
 * body's election, over the same service as the API.
 */
@PortalController
class NominationPages {

    private final NominationService nominations;
    private final NominationDetails details;
    private final ProposalForms forms;
    private final MemberDirectory members;
    private final Seats seats;
    private final Validator validator;
    private final MessageSource messages;
    private final CurrentUser currentUser;
    private final Clock clock;

    NominationPages(NominationService nominations, NominationDetails details, ProposalForms forms,
            MemberDirectory members, Seats seats, Validator validator, MessageSource messages,
            CurrentUser currentUser, Clock clock) {
        this.nominations = nominations;
        this.details = details;
        this.forms = forms;
        this.members = members;
        this.seats = seats;
        this.validator = validator;
        this.messages = messages;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A seat as the form offers it, with the term a nomination made today is for, if its terms are fixed. */
    record SeatOption(String code, String name, int places, Seat.Term nextTerm, String electedBy) {
    }

    /** A new nomination, for the seat and term of the call it answers if it comes from one. */
    @GetMapping("/nominations/new")
    String newNomination(@RequestParam(required = false) String seat, @RequestParam(required = false) LocalDate from,
            Model model) {
        NominationRequest blank = NominationRequest.blank(forms.onlyMemberFor(ProposalKind.NOMINATION));
        return form(model, seat == null ? blank : blank.forSeat(seat, from), null);
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

    @PostMapping("/nominations/{reference}/election")
    String election(@PathVariable String reference, @ModelAttribute("election") ElectionRequest election,
            BindingResult binding, RedirectAttributes redirect, Locale locale) {
        validator.validate(election, binding);
        if (!binding.hasErrors()) {
            try {
                nominations.recordElection(currentUser.get(), reference, election);
                redirect.addFlashAttribute("notice", messages.getMessage("nomination.election.recorded",
                        new Object[] {reference}, locale));
                return "redirect:/proposals/" + reference;
            } catch (RuntimeException refused) {
                redirect.addFlashAttribute("electionErrors", FormErrors.byField(refused, messages, locale));
            }
        } else {
            redirect.addFlashAttribute("electionErrors", FormErrors.byField(binding, messages, locale));
        }
        redirect.addFlashAttribute("electionTyped", election);
        return "redirect:/proposals/" + reference + "#election-form-title";
    }

    private String form(Model model, NominationRequest form, String reference) {
        forms.show(model, ProposalKind.NOMINATION, form, reference);
        model.addAttribute("members", members.current());
        LocalDate today = LocalDate.now(clock);
        List<SeatOption> options = seats.all().stream().map(seat -> new SeatOption(seat.code(), seat.name(),
                seat.places(), seat.hasFixedTerms() ? seat.nextTermAfter(today) : null, seat.electedBy())).toList();
        model.addAttribute("seats", options);
        return "portal/nomination/form";
    }
}
