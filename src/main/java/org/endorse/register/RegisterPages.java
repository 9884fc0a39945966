package org.endorse.register;

import java.time.LocalDate;

import org.endorse.portal.PortalController;
import org.endorse.security.CurrentUser;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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
    String laboratories(Model model) {
        model.addAttribute("laboratories", laboratories.all());
        return "portal/register/laboratories";
    }

    @GetMapping("/register/terms")
    String terms(Model model) {
        model.addAttribute("inForce", terms.allInForce());
        model.addAttribute("history", terms.history());
        return "portal/register/terms";
    }
}
