package org.endorse.proposal;

import org.endorse.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

/**
 * The API's draft and edit of one kind of proposal, which each kind's controller maps under its own path and
 * extends with its own endpoints. Submitting, withdrawing and reading a proposal are the same for every kind,
 * under /api/proposals.
 */
public abstract class ProposalPartController<R extends ProposalRequest> {

    private final ProposalPartWriter<R> kind;
    private final ProposalService proposals;
    private final ProposalViews views;
    private final CurrentUser currentUser;

    protected ProposalPartController(ProposalPartWriter<R> kind, ProposalService proposals, ProposalViews views,
            CurrentUser currentUser) {
        this.kind = kind;
        this.proposals = proposals;
        this.views = views;
        this.currentUser = currentUser;
    }

    @PostMapping
    @Operation(summary = "Draft a proposal of this kind for a member administration you act for (the secretariat"
            + " drafts ToRs for the member administration that speaks for a regional body)")
    @Transactional
    public ResponseEntity<ProposalView> draft(@Valid @RequestBody R request) {
        ProposalView view = views.of(proposals.draft(currentUser.get(), kind, request));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/proposals/{reference}").build(view.reference())).body(view);
    }

    @PutMapping("/{reference}")
    @Operation(summary = "Edit a draft, amend a proposal returned for amendment, or revise a ToR after a round's"
            + " comments; resubmit it under /api/proposals")
    @Transactional
    public ProposalView edit(@PathVariable String reference, @Valid @RequestBody R request) {
        return views.of(proposals.edit(currentUser.get(), reference, kind, request));
    }
}
