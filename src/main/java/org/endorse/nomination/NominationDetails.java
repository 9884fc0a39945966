package org.endorse.nomination;

import java.time.LocalDate;
import java.util.List;

import org.endorse.member.MemberDirectory;
import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The nomination part of a proposal's view, with the nominations competing for the same seat and term. */
@Component
class NominationDetails {

    private final NominationRepository nominations;
    private final MemberDirectory members;

    NominationDetails(NominationRepository nominations, MemberDirectory members) {
        this.nominations = nominations;
        this.members = members;
    }

    record View(SeatType seatType, String seatName, LocalDate termFrom, LocalDate termTo, String nominatedMember,
            String nominatedMemberName, String nomineeName, String supportingStatement,
            List<Competitor> competingNominations) {
    }

    record Competitor(String reference, String nominatedMember, ProposalStatus status) {
    }

    @Transactional(readOnly = true)
    View of(String reference) {
        Nomination nomination = nominations.findByReference(reference).orElseThrow();
        List<Competitor> competitors = competitorsOf(reference, nomination, List.of(ProposalStatus.values()))
                .stream()
                .filter(other -> other.status() != ProposalStatus.DRAFT && other.status() != ProposalStatus.WITHDRAWN)
                .toList();
        return new View(nomination.getSeatType(), nomination.getSeatName(), nomination.getTermFrom(),
                nomination.getTermTo(), nomination.getNominatedMember(), members.nameOf(nomination.getNominatedMember()),
                nomination.getNomineeName(), nomination.getSupportingStatement(), competitors);
    }

    /** Competing nominations share a heading: the same seat and term. */
    @Transactional(readOnly = true)
    String agendaHeading(Proposal proposal) {
        Nomination nomination = nominations.findByReference(proposal.getReference()).orElseThrow();
        return "Nominations: " + nomination.getSeatName() + " (" + nomination.getSeatType().label() + "), "
                + nomination.getTermFrom() + " to " + nomination.getTermTo();
    }

    /** The nominations for the same seat and term as the one of the reference, in the given statuses. */
    List<Competitor> competitorsOf(String reference, Nomination nomination, List<ProposalStatus> statuses) {
        return nominations.findCompetitors(reference, nomination.getSeatType(),
                nomination.getSeatName(), nomination.getTermFrom(), nomination.getTermTo(), statuses);
    }
}
