package org.endorse.laboratory;

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
@RequestMapping("/api/laboratories")
@Tag(name = "Laboratories", description = "Propose Regional Customs Laboratories, and record their recognition by"
        + " the WCO Secretariat; submit them under /api/proposals")
class LaboratoryController {

    private final LaboratoryService laboratories;
    private final ProposalViews views;
    private final CurrentUser currentUser;

    LaboratoryController(LaboratoryService laboratories, ProposalViews views, CurrentUser currentUser) {
        this.laboratories = laboratories;
        this.views = views;
        this.currentUser = currentUser;
    }

    @PostMapping
    @Operation(summary = "Draft a laboratory proposal for a member administration you act for")
    @Transactional
    ResponseEntity<ProposalView> draft(@Valid @RequestBody LaboratoryRequest request) {
        ProposalView view = views.of(laboratories.draft(currentUser.get(), request));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/proposals/{reference}").build(view.reference())).body(view);
    }

    @PutMapping("/{reference}")
    @Operation(summary = "Edit a draft, or amend a laboratory proposal returned for amendment")
    @Transactional
    ProposalView edit(@PathVariable String reference, @Valid @RequestBody LaboratoryRequest request) {
        return views.of(laboratories.edit(currentUser.get(), reference, request));
    }

    @PostMapping("/{reference}/recognition")
    @Operation(summary = "Record the WCO Secretariat's recognition of an endorsed, forwarded laboratory (secretariat)")
    @Transactional
    ProposalView recognition(@PathVariable String reference, @Valid @RequestBody RecognitionRequest request) {
        return views.of(laboratories.recordRecognition(currentUser.get(), reference, request));
    }
}
