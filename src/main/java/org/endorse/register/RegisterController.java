package org.endorse.register;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.endorse.security.CurrentUser;
import org.endorse.system.PageQuery;
import org.endorse.system.PageResult;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/register")
@Tag(name = "Register", description = "What the region has decided and is in force: who represents it on each seat,"
        + " designated Regional Customs Laboratories and Terms of Reference")
class RegisterController {

    private final LaboratoryRegister laboratories;
    private final TermsRegister terms;
    private final RepresentationRegister representation;
    private final Seats seats;
    private final CurrentUser currentUser;
    private final Clock clock;

    RegisterController(LaboratoryRegister laboratories, TermsRegister terms, RepresentationRegister representation,
            Seats seats, CurrentUser currentUser, Clock clock) {
        this.laboratories = laboratories;
        this.terms = terms;
        this.representation = representation;
        this.seats = seats;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/seats")
    @Operation(summary = "List the seats the region fills, with their places, terms and electing WCO body, as"
            + " configured; a nomination names one by its code")
    List<Seat> seats() {
        return seats.all();
    }

    @GetMapping("/representation")
    @Operation(summary = "Who represents the region where: every seat's holders now, before and next, the"
            + " candidates standing, and the hosts of the regional entities; on a given day with ?on=2024-07-01")
    Representation representation(@RequestParam(required = false) LocalDate on) {
        return on == null ? representation.today(currentUser.get()) : representation.on(on, currentUser.get());
    }

    @GetMapping(value = "/representation.csv", produces = "text/csv")
    @Operation(summary = "The register of representation as a spreadsheet (CSV, UTF-8), one line per holder,"
            + " candidate and host")
    ResponseEntity<String> representationCsv(@RequestParam(required = false) LocalDate on) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"representation.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(representation.csv(on == null ? LocalDate.now(clock) : on, currentUser.get()));
    }

    @GetMapping("/terms")
    @Operation(summary = "List the Terms of Reference in force, one per regional body, with version and adoption"
            + " date, a page at a time", description = "Paging: page (from 1), size (at most 50), sort (body or"
                    + " adopted, with ,asc or ,desc; by body by default).")
    PageResult<RegisteredTermsView> termsInForce(@Valid PageQuery page) {
        return terms.inForce(page);
    }

    @GetMapping("/terms/history")
    @Operation(summary = "List every adopted Terms of Reference, the superseded ones included, a page at a time",
            description = "Paging: page (from 1), size (at most 50), sort (body or adopted, with ,asc or ,desc; by"
                    + " body by default).")
    PageResult<RegisteredTermsView> termsHistory(@Valid PageQuery page) {
        return terms.history(page);
    }

    @GetMapping("/laboratories")
    @Operation(summary = "List the designated Regional Customs Laboratories, with the state of their accreditation,"
            + " a page at a time", description = "Paging: page (from 1), size (at most 50), sort (designated, name"
                    + " or member, with ,asc or ,desc; in the order they were designated by default).")
    PageResult<RegisteredLaboratoryView> laboratories(@Valid PageQuery page) {
        return laboratories.page(page);
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
