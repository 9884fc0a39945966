package org.endorse.laboratory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.endorse.proposal.ProposalPartController;
import org.endorse.proposal.ProposalService;
import org.endorse.proposal.ProposalView;
import org.endorse.proposal.ProposalViews;
import org.endorse.security.CurrentUser;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/laboratories")
@Tag(name = "Laboratories", description = "Propose Regional Customs Laboratories, and record their recognition by"
        + " the WCO Secretariat; submit them under /api/proposals")
class LaboratoryController extends ProposalPartController<LaboratoryRequest> {

    private final LaboratoryService laboratories;
    private final ProposalViews views;
    private final CurrentUser currentUser;

    LaboratoryController(LaboratoryService laboratories, ProposalService proposals, ProposalViews views,
            CurrentUser currentUser) {
        super(laboratories, proposals, views, currentUser);
        this.laboratories = laboratories;
        this.views = views;
        this.currentUser = currentUser;
    }

    @PostMapping("/{reference}/recognition")
    @Operation(summary = "Record the WCO Secretariat's recognition of an endorsed, forwarded laboratory (secretariat)")
    @Transactional
    ProposalView recognition(@PathVariable String reference, @Valid @RequestBody RecognitionRequest request) {
        return views.of(laboratories.recordRecognition(currentUser.get(), reference, request));
    }
}
