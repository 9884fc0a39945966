package org.endorse.terms;

import java.util.List;

import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalKind;
import org.endorse.proposal.ProposalPageSectionSupport;
import org.endorse.proposal.ProposalStatus;
import org.endorse.register.TermsRegister;
import org.endorse.security.EndorseUser;
import org.endorse.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A ToR's part of its page: the body it governs, its text as it reads, its numbered versions to compare, each
 * circulation round with who answered what, and, for a contact point whose member has not answered the open
 * round, the answer form.
 */
@Component
class TermsSection extends ProposalPageSectionSupport {

    /** What a round shows for a member that has not answered while it is open. */
    private static final String AWAITED = "AWAITED";

    private final TermsDetails details;
    private final TermsService terms;
    private final TermsText text;
    private final TermsRegister register;

    TermsSection(TermsDetails details, TermsService terms, TermsText text, TermsRegister register) {
        super(ProposalKind.TERMS_OF_REFERENCE, "terms", "terms");
        this.details = details;
        this.terms = terms;
        this.text = text;
        this.register = register;
    }

    @Override
    public void addTo(Model model, Proposal proposal, EndorseUser reader) {
        String reference = proposal.getReference();
        TermsDetails.View view = details.of(reference);
        model.addAttribute("terms", view);
        model.addAttribute("textHtml", text.html(view.text()));
        List<TermsVersion> versions = terms.versions(reader, reference);
        model.addAttribute("versions", versions);
        List<RoundSummary> rounds = terms.rounds(reader, reference);
        model.addAttribute("rounds", rounds);
        RoundSummary open = rounds.isEmpty() || rounds.get(rounds.size() - 1).closedAt() != null ? null
                : rounds.get(rounds.size() - 1);
        model.addAttribute("openRound", open);
        model.addAttribute("answerFor", open == null || proposal.getStatus() != ProposalStatus.CIRCULATED ? List.of()
                : open.answers().stream().filter(answer -> AWAITED.equals(answer.answer())
                        && reader.contactPointFor().contains(answer.member())).toList());
        model.addAttribute("answers", Answer.values());
        model.addAttribute("registered", register.entryOf(reference).orElse(null));
        // Told while the secretariat's check is what stands before the circulation.
        model.addAttribute("withoutContactPoint", proposal.getStatus() == ProposalStatus.SUBMITTED
                && reader.has(Role.SECRETARIAT) ? terms.namesWithoutContactPoint() : List.of());
    }
}
