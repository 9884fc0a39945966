package org.endorse.register;

import java.time.LocalDate;

/** A Terms of Reference in the register: in force, or superseded by a later amendment. */
public record RegisteredTermsView(String governedBody, String proposalReference, String title, int versionNumber,
        LocalDate adoptedOn, boolean inForce, LocalDate supersededOn, String supersededBy) {

    static RegisteredTermsView of(RegisteredTerms terms) {
        return new RegisteredTermsView(terms.getGovernedBody(), terms.getProposalReference(), terms.getTitle(),
                terms.getVersionNumber(), terms.getAdoptedOn(), terms.isInForce(), terms.getSupersededOn(),
                terms.getSupersededBy());
    }
}
