package org.endorse.terms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalPart;
import org.endorse.system.InvalidFieldException;

/** The details of a Terms of Reference proposal: the body it governs and the text being worked on. */
@Entity
@Table(name = "terms_of_reference")
class TermsOfReference extends ProposalPart {

    @Column(name = "governed_body", nullable = false, length = 200)
    private String governedBody;

    @Column(name = "drafting_body", length = 200)
    private String draftingBody;

    @Column(name = "working_text", nullable = false, length = 1_000_000)
    private String workingText;

    protected TermsOfReference() {
    }

    TermsOfReference(Proposal proposal, TermsRequest request) {
        super(proposal);
        update(request);
    }

    void update(TermsRequest request) {
        long lines = request.text().lines().count();
        if (lines > TermsVersion.MAX_LINES) {
            throw new InvalidFieldException("text", "error.terms.tooManyLines", String.valueOf(TermsVersion.MAX_LINES),
                    String.valueOf(lines));
        }
        this.governedBody = request.governedBody().strip();
        this.draftingBody = request.draftingBody() == null || request.draftingBody().isBlank() ? null
                : request.draftingBody().strip();
        this.workingText = request.text();
    }

    String getGovernedBody() {
        return governedBody;
    }

    String getDraftingBody() {
        return draftingBody;
    }

    String getWorkingText() {
        return workingText;
    }
}
