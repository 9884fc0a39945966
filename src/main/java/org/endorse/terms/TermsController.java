package org.endorse.terms;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.endorse.proposal.ProposalPartController;
import org.endorse.proposal.ProposalService;
import org.endorse.proposal.ProposalViews;
import org.endorse.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/terms")
@Tag(name = "Terms of Reference", description = "Draft and revise ToRs, read their versions and differences, and"
        + " answer circulated ones as a contact point; submit them under /api/proposals")
class TermsController extends ProposalPartController<TermsRequest> {

    private final TermsService terms;
    private final CurrentUser currentUser;

    TermsController(TermsService terms, ProposalService proposals, ProposalViews views, CurrentUser currentUser) {
        super(terms, proposals, views, currentUser);
        this.terms = terms;
        this.currentUser = currentUser;
    }

    /** A version without its text, as listed. */
    record VersionSummary(int number, String createdBy, Instant createdAt) {
    }

    record VersionView(int number, String createdBy, Instant createdAt, String text) {
    }

    @GetMapping("/{reference}/versions")
    @Operation(summary = "List the numbered versions of a ToR")
    List<VersionSummary> versions(@PathVariable String reference) {
        return terms.versions(currentUser.get(), reference).stream()
                .map(version -> new VersionSummary(version.getNumber(), version.getCreatedBy(), version.getCreatedAt()))
                .toList();
    }

    @GetMapping("/{reference}/versions/{number}")
    @Operation(summary = "Read one version of a ToR, with its text")
    VersionView version(@PathVariable String reference, @PathVariable int number) {
        TermsVersion version = terms.version(currentUser.get(), reference, number);
        return new VersionView(version.getNumber(), version.getCreatedBy(), version.getCreatedAt(), version.getText());
    }

    @GetMapping(path = "/{reference}/diff", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "The line-by-line difference between two versions, as a unified diff")
    String diff(@PathVariable String reference, @RequestParam int from, @RequestParam int to) {
        return terms.difference(currentUser.get(), reference, from, to).getUnified();
    }

    @GetMapping("/{reference}/rounds")
    @Operation(summary = "Each circulation round: who answered what, and who stayed silent")
    List<RoundSummary> rounds(@PathVariable String reference) {
        return terms.rounds(currentUser.get(), reference);
    }

    @PostMapping("/{reference}/answers")
    @Operation(summary = "Answer the circulated version for your member administration (contact points)")
    ResponseEntity<Void> answer(@PathVariable String reference, @Valid @RequestBody AnswerRequest request) {
        terms.answer(currentUser.get(), reference, request);
        return ResponseEntity.noContent().build();
    }
}
