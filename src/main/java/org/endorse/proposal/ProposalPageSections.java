package org.endorse.proposal;

import java.util.List;

import org.endorse.security.EndorseUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The kinds' sections of a proposal's page, put in a page's model (the proposal's page, a task's page). */
@Component
class ProposalPageSections {

    private final List<ProposalPageSection> sections;

    ProposalPageSections(List<ProposalPageSection> sections) {
        this.sections = List.copyOf(sections);
    }

    /** Adds what the proposal's kind shows to this reader, with the fragment that shows it and its edit page. */
    void addTo(Model model, Proposal proposal, EndorseUser reader) {
        ProposalPageSection section = sections.stream().filter(candidate -> candidate.kind() == proposal.getKind())
                .findFirst().orElseThrow(() -> new IllegalStateException("No page section is installed for "
                        + proposal.getKind().label()));
        section.addTo(model, proposal, reader);
        model.addAttribute("kindSection", section.fragment());
        model.addAttribute("editPath", section.editPath(proposal));
    }
}
