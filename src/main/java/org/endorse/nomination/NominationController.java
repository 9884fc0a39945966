package org.endorse.nomination;

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
@RequestMapping("/api/nominations")
@Tag(name = "Nominations", description = "Draft and amend regional nominations for the seats of"
        + " /api/register/seats, and record the WCO body's election; submit them under /api/proposals")
class NominationController extends ProposalPartController<NominationRequest> {

    private final NominationService nominations;
    private final ProposalViews views;
    private final CurrentUser currentUser;

    NominationController(NominationService nominations, ProposalService proposals, ProposalViews views,
            CurrentUser currentUser) {
        super(nominations, proposals, views, currentUser);
        this.nominations = nominations;
        this.views = views;
        this.currentUser = currentUser;
    }

    @PostMapping("/{reference}/election")
    @Operation(summary = "Record the WCO body's election of a candidate the region endorsed (secretariat); only an"
            + " elected candidate takes the seat")
    @Transactional
    ProposalView election(@PathVariable String reference, @Valid @RequestBody ElectionRequest request) {
        return views.of(nominations.recordElection(currentUser.get(), reference, request));
    }
}
