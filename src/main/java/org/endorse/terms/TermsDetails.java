package org.endorse.terms;

import org.endorse.proposal.Proposal;
import org.endorse.register.RegisteredTermsView;
import org.endorse.register.TermsRegister;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The ToR part of a proposal's view: the body, the latest version's text, and what it would supersede. */
@Component
class TermsDetails {

    private final TermsRepository terms;
    private final TermsVersionRepository versions;
    private final TermsRegister register;

    TermsDetails(TermsRepository terms, TermsVersionRepository versions, TermsRegister register) {
        this.terms = terms;
        this.versions = versions;
        this.register = register;
    }

    /**
     * {@code text} is the latest submitted version's, or the draft's before the first submission;
     * {@code inForce} is the ToR in force for the same body, which this one amends and will supersede.
     */
    record View(String governedBody, String draftingBody, Integer version, String text, RegisteredTermsView inForce) {
    }

    @Transactional(readOnly = true)
    View of(String reference) {
        TermsOfReference tor = terms.findByReference(reference).orElseThrow();
        var latest = versions.findFirstByProposalIdOrderByNumberDesc(tor.getProposalId());
        RegisteredTermsView inForce = register.inForce(tor.getGovernedBody())
                .filter(registered -> !registered.proposalReference().equals(reference)).orElse(null);
        return new View(tor.getGovernedBody(), tor.getDraftingBody(), latest.map(TermsVersion::getNumber).orElse(null),
                latest.map(TermsVersion::getText).orElse(tor.getWorkingText()), inForce);
    }

    @Transactional(readOnly = true)
    String agendaHeading(Proposal proposal) {
        return "Terms of Reference: " + terms.findByReference(proposal.getReference()).orElseThrow().getGovernedBody();
    }
}
