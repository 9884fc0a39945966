package org.endorse.nomination;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.endorse.proposal.ProposalView;
import org.endorse.proposal.ProposalViews;
import org.endorse.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/nominations")
@Tag(name = "Nominations", description = "Draft and amend regional nominations; submit them under /api/proposals")
class NominationController {

    private final NominationService nominations;
    private final ProposalViews views;
    private final CurrentUser currentUser;

    NominationController(NominationService nominations, ProposalViews views, CurrentUser currentUser) {
        this.nominations = nominations;
        this.views = views;
        this.currentUser = currentUser;
    }

    @PostMapping
    @Operation(summary = "Draft a nomination for a member administration you act for")
    @Transactional
    ResponseEntity<ProposalView> draft(@Valid @RequestBody NominationRequest request) {
        ProposalView view = views.of(nominations.draft(currentUser.get(), request));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/proposals/{reference}").build(view.reference())).body(view);
    }

    @PutMapping("/{reference}")
    @Operation(summary = "Edit a draft, or amend a nomination returned for amendment")
    @Transactional
    ProposalView edit(@PathVariable String reference, @Valid @RequestBody NominationRequest request) {
        return views.of(nominations.edit(currentUser.get(), reference, request));
    }
}
