package org.endorse.nomination;

import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalKind;
import org.endorse.proposal.ProposalPageSectionSupport;
import org.endorse.proposal.ProposalStatus;
import org.endorse.security.EndorseUser;
import org.endorse.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A nomination's part of its page: the seat and its places, the term, the nominee, the nominations competing with
 * it, the WCO body's election and, for the secretariat while it is awaited, the form to record it.
 */
@Component
class NominationSection extends ProposalPageSectionSupport {

    private final NominationDetails details;

    NominationSection(NominationDetails details) {
        super(ProposalKind.NOMINATION, "nomination", "nominations");
        this.details = details;
    }

    @Override
    public void addTo(Model model, Proposal proposal, EndorseUser reader) {
        NominationDetails.View nomination = details.of(proposal.getReference());
        model.addAttribute("nomination", nomination);
        model.addAttribute("recordsElection", proposal.getStatus() == ProposalStatus.ENDORSED
                && nomination.electedBy() != null && nomination.election() == null && reader.has(Role.SECRETARIAT));
    }
}
