package org.endorse.register;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.endorse.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/register")
@Tag(name = "Register", description = "What the region has decided and is in force: designated Regional Customs"
        + " Laboratories and Terms of Reference")
class RegisterController {

    private final LaboratoryRegister laboratories;
    private final TermsRegister terms;
    private final CurrentUser currentUser;

    RegisterController(LaboratoryRegister laboratories, TermsRegister terms, CurrentUser currentUser) {
        this.laboratories = laboratories;
        this.terms = terms;
        this.currentUser = currentUser;
    }

    @GetMapping("/terms")
    @Operation(summary = "List the Terms of Reference in force, one per regional body, with version and adoption date")
    List<RegisteredTermsView> termsInForce() {
        return terms.allInForce();
    }

    @GetMapping("/terms/history")
    @Operation(summary = "List every adopted Terms of Reference, the superseded ones included")
    List<RegisteredTermsView> termsHistory() {
        return terms.history();
    }

    @GetMapping("/laboratories")
    @Operation(summary = "List the designated Regional Customs Laboratories, with the state of their accreditation")
    List<RegisteredLaboratoryView> laboratories() {
        return laboratories.all();
    }

    @GetMapping("/laboratories/{reference}")
    @Operation(summary = "Read one designated laboratory by the reference of its proposal")
    RegisteredLaboratoryView laboratory(@PathVariable String reference) {
        return laboratories.one(reference);
    }

    @PutMapping("/laboratories/{reference}/accreditation")
    @Operation(summary = "Record a renewed accreditation (secretariat, or the laboratory's member administration)")
    RegisteredLaboratoryView renewAccreditation(@PathVariable String reference,
            @Valid @RequestBody AccreditationRenewal renewal) {
        return laboratories.renewAccreditation(currentUser.get(), reference, renewal);
    }
}
