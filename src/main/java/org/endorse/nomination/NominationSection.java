package org.endorse.nomination;

import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalKind;
import org.endorse.proposal.ProposalPageSectionSupport;
import org.endorse.security.EndorseUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** A nomination's part of its page: the seat, the term, the nominee, and the nominations competing with it. */
@Component
class NominationSection extends ProposalPageSectionSupport {

    private final NominationDetails details;

    NominationSection(NominationDetails details) {
        super(ProposalKind.NOMINATION, "nomination", "nominations");
        this.details = details;
    }

    @Override
    public void addTo(Model model, Proposal proposal, EndorseUser reader) {
        model.addAttribute("nomination", details.of(proposal.getReference()));
    }
}
