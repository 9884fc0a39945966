package org.endorse.register;

import org.endorse.portal.PortalController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The register as every logged-in user reads it: who represents the region on each seat, designated laboratories,
 * and the ToRs in force and before.
 */
@PortalController
class RegisterPages {

    private final LaboratoryRegister laboratories;
    private final TermsRegister terms;
    private final RepresentationRegister representation;

    RegisterPages(LaboratoryRegister laboratories, TermsRegister terms, RepresentationRegister representation) {
        this.laboratories = laboratories;
        this.terms = terms;
        this.representation = representation;
    }

    @GetMapping("/register/representation")
    String representation(Model model) {
        model.addAttribute("register", representation.today());
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
