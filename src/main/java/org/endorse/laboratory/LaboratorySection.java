package org.endorse.laboratory;

import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalKind;
import org.endorse.proposal.ProposalPageSectionSupport;
import org.endorse.proposal.ProposalStatus;
import org.endorse.security.EndorseUser;
import org.endorse.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A laboratory proposal's part of its page: what is proposed, the eligibility check's findings, the
 * recognition and its register entry, and, for the secretariat while the WCO Secretariat's answer is awaited,
 * the form to record it.
 */
@Component
class LaboratorySection extends ProposalPageSectionSupport {

    private final LaboratoryDetails details;

    LaboratorySection(LaboratoryDetails details) {
        super(ProposalKind.LABORATORY, "laboratory", "laboratories");
        this.details = details;
    }

    @Override
    public void addTo(Model model, Proposal proposal, EndorseUser reader) {
        model.addAttribute("laboratory", details.of(proposal.getReference()));
        model.addAttribute("designated", proposal.getStatus() == ProposalStatus.DESIGNATED);
        model.addAttribute("recordsRecognition", proposal.getStatus() == ProposalStatus.FORWARDED
                && reader.has(Role.SECRETARIAT));
    }
}
