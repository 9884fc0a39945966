package org.endorse.proposal;

import org.endorse.security.EndorseUser;
import org.springframework.ui.Model;

/**
 * What a kind of proposal adds to a proposal's page in the portal: a template fragment of its own and the
 * model it needs (a ToR's versions and rounds, a laboratory's register entry). Each kind's capability
 * provides one as a bean.
 */
public interface ProposalPageSection {

    ProposalKind kind();

    /** The fragment shown under the proposal's details, as {@code portal/terms/section :: section}. */
    String fragment();

    /** The page where its drafter edits the proposal. */
    String editPath(Proposal proposal);

    /** Adds what the fragment shows, for this reader. */
    void addTo(Model model, Proposal proposal, EndorseUser reader);
}
