package org.endorse.terms;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalRequest;

/**
 * A Terms of Reference as its drafter writes it: the body it governs, who drafts it, and its text in
 * Markdown. {@code submittingMember} is the member administration that speaks for the drafting body.
 */
record TermsRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank String submittingMember,
        @NotBlank @Size(max = 200) String governedBody,
        @Size(max = 200) String draftingBody,
        @NotBlank @Size(max = TermsVersion.MAX_CHARACTERS) String text) implements ProposalRequest {

    /** The form of a ToR as it stands, to be edited or revised. */
    static TermsRequest of(Proposal proposal, TermsOfReference tor) {
        return new TermsRequest(proposal.getTitle(), proposal.getSubmittingMember(), tor.getGovernedBody(),
                tor.getDraftingBody(), tor.getWorkingText());
    }
}
