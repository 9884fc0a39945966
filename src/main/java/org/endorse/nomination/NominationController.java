package org.endorse.nomination;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.endorse.proposal.ProposalPartController;
import org.endorse.proposal.ProposalService;
import org.endorse.proposal.ProposalViews;
import org.endorse.security.CurrentUser;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/nominations")
@Tag(name = "Nominations", description = "Draft and amend regional nominations; submit them under /api/proposals")
class NominationController extends ProposalPartController<NominationRequest> {

    NominationController(NominationService nominations, ProposalService proposals, ProposalViews views,
            CurrentUser currentUser) {
        super(nominations, proposals, views, currentUser);
    }
}
