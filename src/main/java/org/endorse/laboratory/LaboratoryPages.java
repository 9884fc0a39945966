package org.endorse.laboratory;

import java.util.Locale;

import org.endorse.portal.FormErrors;
import org.endorse.portal.PortalController;
import org.endorse.portal.RepeatingLines;
import org.endorse.proposal.ProposalForms;
import org.endorse.proposal.ProposalKind;
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
 * The portal's forms of laboratory proposals: drafting and editing them, with repeating lines of scope,
 * equipment and languages, and the secretariat's record of the WCO Secretariat's recognition.
 */
@PortalController
class LaboratoryPages {

    private final LaboratoryService laboratories;
    private final LaboratoryDetails details;
    private final ProposalForms forms;
    private final Validator validator;
    private final MessageSource messages;
    private final CurrentUser currentUser;

    LaboratoryPages(LaboratoryService laboratories, LaboratoryDetails details, ProposalForms forms,
            Validator validator, MessageSource messages, CurrentUser currentUser) {
        this.laboratories = laboratories;
        this.details = details;
        this.forms = forms;
        this.validator = validator;
        this.messages = messages;
        this.currentUser = currentUser;
    }

    @GetMapping("/laboratories/new")
    String newProposal(Model model) {
        return form(model, LaboratoryRequest.blank(forms.onlyMemberFor(ProposalKind.LABORATORY)).withBlankLines(),
                null);
    }

    @PostMapping("/laboratories")
    String draft(@ModelAttribute("form") LaboratoryRequest form, BindingResult binding,
            @RequestParam(name = "addLine", required = false) String addLine, Model model, RedirectAttributes redirect,
            Locale locale) {
        return saveOrShow(form, binding, addLine, null, model, redirect, locale);
    }

    @GetMapping("/laboratories/{reference}/edit")
    String edit(@PathVariable String reference, Model model) {
        return form(model, LaboratoryRequest.of(forms.editable(ProposalKind.LABORATORY, reference),
                details.of(reference)).withBlankLines(), reference);
    }

    @PostMapping("/laboratories/{reference}")
    String save(@PathVariable String reference, @ModelAttribute("form") LaboratoryRequest form, BindingResult binding,
            @RequestParam(name = "addLine", required = false) String addLine, Model model, RedirectAttributes redirect,
            Locale locale) {
        return saveOrShow(form, binding, addLine, reference, model, redirect, locale);
    }

    /** Adds a line and shows the form again, or checks the form without its empty lines and saves it. */
    private String saveOrShow(LaboratoryRequest form, BindingResult binding, String addLine, String reference,
            Model model, RedirectAttributes redirect, Locale locale) {
        LaboratoryRequest cleaned = form.withoutBlankLines();
        if (addLine != null) {
            return form(model, cleaned.withBlankLines().withLineAdded(addLine), reference);
        }
        LaboratoryRequest shown = cleaned.withBlankLines();
        BindingResult checked = RepeatingLines.check(cleaned, shown, "form", binding, validator);
        return forms.save(laboratories, reference, cleaned, checked, redirect, locale).orElseGet(() -> {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", checked);
            return form(model, shown, reference);
        });
    }

    /** Shows the form as given: callers add its empty lines. */
    private String form(Model model, LaboratoryRequest form, String reference) {
        model.addAttribute("form", form);
        forms.show(model, ProposalKind.LABORATORY, form, reference);
        return "portal/laboratory/form";
    }

    @PostMapping("/laboratories/{reference}/recognition")
    String recognition(@PathVariable String reference, @ModelAttribute("recognition") RecognitionRequest recognition,
            BindingResult binding, RedirectAttributes redirect, Locale locale) {
        validator.validate(recognition, binding);
        if (!binding.hasErrors()) {
            try {
                laboratories.recordRecognition(currentUser.get(), reference, recognition);
                redirect.addFlashAttribute("notice", messages.getMessage("laboratory.recognition.recorded",
                        new Object[] {reference}, locale));
                return "redirect:/proposals/" + reference;
            } catch (RuntimeException refused) {
                redirect.addFlashAttribute("recognitionErrors", FormErrors.byField(refused, messages, locale));
            }
        } else {
            redirect.addFlashAttribute("recognitionErrors", FormErrors.byField(binding, messages, locale));
        }
        redirect.addFlashAttribute("recognitionTyped", recognition);
        return "redirect:/proposals/" + reference + "#recognition-form-title";
    }
}
