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
        + " Laboratories")
class RegisterController {

    private final LaboratoryRegister laboratories;
    private final CurrentUser currentUser;

    RegisterController(LaboratoryRegister laboratories, CurrentUser currentUser) {
        this.laboratories = laboratories;
        this.currentUser = currentUser;
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
