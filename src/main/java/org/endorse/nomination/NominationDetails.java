package org.endorse.nomination;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.endorse.member.MemberDirectory;
import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalStatus;
import org.endorse.register.Seat;
import org.endorse.register.SeatCandidates;
import org.endorse.register.SeatType;
import org.endorse.register.Seats;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The nomination part of a proposal's view, with the seat's places and the nominations competing for the same seat
 * and term; and, for the register, who stands for each seat.
 */
@Component
class NominationDetails implements SeatCandidates {

    /** Submitted and not yet decided by the heads of Customs. */
    static final List<ProposalStatus> RUNNING = List.of(ProposalStatus.SUBMITTED, ProposalStatus.RETURNED,
            ProposalStatus.UNDER_REVIEW, ProposalStatus.AWAITING_ENDORSEMENT);
    private static final List<ProposalStatus> RUNNING_OR_AWAITING_ELECTION = List.of(ProposalStatus.SUBMITTED,
            ProposalStatus.RETURNED, ProposalStatus.UNDER_REVIEW, ProposalStatus.AWAITING_ENDORSEMENT,
            ProposalStatus.ENDORSED);

    private final NominationRepository nominations;
    private final MemberDirectory members;
    private final Seats seats;

    NominationDetails(NominationRepository nominations, MemberDirectory members, Seats seats) {
        this.nominations = nominations;
        this.members = members;
        this.seats = seats;
    }

    /**
     * A nomination as its page and the API show it; {@code places} and {@code electedBy} are the configured seat's,
     * none for a seat typed before seats were configured; {@code late} if submitted after its call's deadline.
     */
    record View(String seatCode, SeatType seatType, String seatName, Integer places, String electedBy,
            boolean seatHasFixedTerms, LocalDate termFrom, LocalDate termTo, String nominatedMember,
            String nominatedMemberName, String nomineeName, String supportingStatement, boolean late,
            List<Competitor> competingNominations, Election election) {
    }

    record Competitor(String reference, String nominatedMember, ProposalStatus status) {
    }

    /** The WCO body's election as recorded: ELECTED or NOT_ELECTED, its session and day. */
    record Election(ElectionRequest.Outcome outcome, String session, LocalDate decidedOn) {
    }

    record Standing(String reference, String member, String person, LocalDate termFrom, LocalDate termTo,
            ProposalStatus status) {
    }

    @Transactional(readOnly = true)
    View of(String reference) {
        Nomination nomination = nominations.findByReference(reference).orElseThrow();
        List<Competitor> competitors = competitorsOf(reference, nomination, List.of(ProposalStatus.values()))
                .stream()
                .filter(other -> other.status() != ProposalStatus.DRAFT && other.status() != ProposalStatus.WITHDRAWN)
                .toList();
        Optional<Seat> seat = seats.find(nomination.getSeatCode());
        Election election = nomination.getElectionOutcome() == null ? null : new Election(
                nomination.getElectionOutcome(), nomination.getElectionSession(), nomination.getElectionDecidedOn());
        return new View(nomination.getSeatCode(), nomination.getSeatType(), nomination.getSeatName(),
                seat.map(Seat::places).orElse(null), seat.map(Seat::electedBy).orElse(null),
                seat.map(Seat::hasFixedTerms).orElse(false), nomination.getTermFrom(), nomination.getTermTo(),
                nomination.getNominatedMember(), members.nameOf(nomination.getNominatedMember()),
                nomination.getNomineeName(), nomination.getSupportingStatement(), nomination.isLate(), competitors,
                election);
    }

    /**
     * Competing nominations share a heading: the same seat and term, with the places the region holds on a configured
     * seat, or the kind of a seat typed before seats were configured.
     */
    @Transactional(readOnly = true)
    String agendaHeading(Proposal proposal) {
        Nomination nomination = nominations.findByReference(proposal.getReference()).orElseThrow();
        String seat = seats.find(nomination.getSeatCode()).map(Seat::places)
                .map(places -> nomination.getSeatName() + (places == 1 ? ", 1 place" : ", " + places + " places"))
                .orElse(nomination.getSeatName() + " (" + nomination.getSeatType().label() + ")");
        return "Nominations: " + seat + ", " + nomination.getTermFrom() + " to " + nomination.getTermTo();
    }

    /** The nominations for the same seat and term as the one of the reference, in the given statuses. */
    List<Competitor> competitorsOf(String reference, Nomination nomination, List<ProposalStatus> statuses) {
        return nominations.findCompetitors(reference, nomination.getSeatCode(), nomination.getSeatType(),
                nomination.getSeatName(), nomination.getTermFrom(), nomination.getTermTo(), statuses);
    }

    /** Running, or where a WCO body elects, endorsed and waiting for its election. */
    @Override
    @Transactional(readOnly = true)
    public List<SeatCandidates.Candidate> standingFor(Seat seat) {
        return nominations.findStanding(seat.code(), seat.followsElection() ? RUNNING_OR_AWAITING_ELECTION : RUNNING)
                .stream()
                .map(standing -> new SeatCandidates.Candidate(standing.reference(), standing.member(),
                        members.nameOf(standing.member()), standing.person(), standing.termFrom(),
                        standing.termTo(), standing.status()))
                .toList();
    }
}
