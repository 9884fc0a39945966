package org.endorse.register;

import java.time.LocalDate;

import jakarta.validation.Valid;

import org.endorse.portal.ListPages;
import org.endorse.portal.PortalController;
import org.endorse.security.CurrentUser;
import org.endorse.system.PageQuery;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The register as every logged-in user reads it: who represents the region on each seat, designated laboratories,
 * and the ToRs in force and before.
 */
@PortalController
class RegisterPages {

    private final LaboratoryRegister laboratories;
    private final TermsRegister terms;
    private final RepresentationRegister representation;
    private final CurrentUser currentUser;

    RegisterPages(LaboratoryRegister laboratories, TermsRegister terms, RepresentationRegister representation,
            CurrentUser currentUser) {
        this.laboratories = laboratories;
        this.terms = terms;
        this.representation = representation;
        this.currentUser = currentUser;
    }

    @GetMapping("/register/representation")
    String representation(@RequestParam(required = false) LocalDate on, Model model) {
        model.addAttribute("register", on == null ? representation.today(currentUser.get())
                : representation.on(on, currentUser.get()));
        return "portal/register/representation";
    }

    @GetMapping("/register/laboratories")
    String laboratories(@Valid @ModelAttribute("paging") PageQuery page, BindingResult pageErrors, Model model) {
        model.addAttribute("results", ListPages.page(page, pageErrors, laboratories::page, model));
        return "portal/register/laboratories";
    }

    @GetMapping("/register/terms")
    String terms(@Valid @ModelAttribute("paging") PageQuery page, BindingResult pageErrors, Model model) {
        model.addAttribute("results", ListPages.page(page, pageErrors, terms::inForce, model));
        return "portal/register/terms";
    }

    @GetMapping("/register/terms/history")
    String termsHistory(@Valid @ModelAttribute("paging") PageQuery page, BindingResult pageErrors, Model model) {
        model.addAttribute("results", ListPages.page(page, pageErrors, terms::history, model));
        return "portal/register/terms-history";
    }
}
