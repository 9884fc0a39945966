package org.endorse.nomination;

import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalKind;
import org.endorse.proposal.ProposalPageSection;
import org.endorse.security.EndorseUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** A nomination's part of its page: the seat, the term, the nominee, and the nominations competing with it. */
@Component
class NominationSection implements ProposalPageSection {

    private final NominationDetails details;

    NominationSection(NominationDetails details) {
        this.details = details;
    }

    @Override
    public ProposalKind kind() {
        return ProposalKind.NOMINATION;
    }

    @Override
    public String fragment() {
        return "portal/nomination/section :: section";
    }

    @Override
    public String editPath(Proposal proposal) {
        return "/nominations/" + proposal.getReference() + "/edit";
    }

    @Override
    public void addTo(Model model, Proposal proposal, EndorseUser reader) {
        model.addAttribute("nomination", details.of(proposal.getReference()));
    }
}
