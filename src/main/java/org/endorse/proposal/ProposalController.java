package org.endorse.proposal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.endorse.security.CurrentUser;
import org.endorse.system.PageQuery;
import org.endorse.system.PageResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/proposals")
@Tag(name = "Proposals", description = "Proposals of every kind: read, submit, withdraw")
class ProposalController {

    private final ProposalService proposals;
    private final ProposalViews views;
    private final CurrentUser currentUser;

    ProposalController(ProposalService proposals, ProposalViews views, CurrentUser currentUser) {
        this.proposals = proposals;
        this.views = views;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "List the proposals you can see, a page at a time",
            description = "Member users see their own member administrations' proposals, drafts included; "
                    + "staff see every submitted proposal. Nobody sees another member's drafts. Filters: kind and"
                    + " status (each may be repeated), member, q (words in the title). Paging: page (from 1), size"
                    + " (at most 50), sort (created, submitted, closed, reference, title, status or member, with"
                    + " ,asc or ,desc; newest first by default).")
    PageResult<ProposalView.Summary> list(@Valid ProposalSearch search, @Valid PageQuery page) {
        return proposals.search(currentUser.get(), search, page).map(ProposalView.Summary::of);
    }

    @GetMapping("/{reference}")
    @Operation(summary = "Read a proposal with its details and timeline")
    @Transactional(readOnly = true)
    ProposalView read(@PathVariable String reference) {
        return views.of(proposals.visible(currentUser.get(), reference));
    }

    @PostMapping("/{reference}/submit")
    @Operation(summary = "Submit a draft, or resubmit a proposal after amending it. A draft submitted before the"
            + " region used Endorse may be given its past day and a note saying how it was made:"
            + " {\"submittedOn\": \"2021-02-01\", \"note\": \"By letter of the Commissioner\"}")
    @Transactional
    ProposalView submit(@PathVariable String reference, @Valid @RequestBody(required = false) PastSubmission past) {
        return views.of(proposals.submit(currentUser.get(), reference, past));
    }

    @PostMapping("/{reference}/withdraw")
    @Operation(summary = "Withdraw a proposal of your member administration before it is decided")
    @Transactional
    ProposalView withdraw(@PathVariable String reference, @Valid @RequestBody ReasonRequest body) {
        return views.of(proposals.withdraw(currentUser.get(), reference, body.reason()));
    }

    @PostMapping("/{reference}/place-before-heads-of-customs")
    @Operation(summary = "Place a proposal waiting for the contact points' review directly before the heads of"
            + " Customs, with the reason (secretariat)")
    @Transactional
    ProposalView placeBeforeHeadsOfCustoms(@PathVariable String reference, @Valid @RequestBody ReasonRequest body) {
        return views.of(proposals.placeBeforeHeadsOfCustoms(currentUser.get(), reference, body.reason()));
    }

}
