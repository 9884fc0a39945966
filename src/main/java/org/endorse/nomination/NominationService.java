package org.endorse.nomination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.endorse.member.MemberDirectory;
import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalEventType;
import org.endorse.proposal.ProposalKind;
import org.endorse.proposal.ProposalPartWriter;
import org.endorse.proposal.ProposalService;
import org.endorse.proposal.ProposalStatus;
import org.endorse.proposal.ProposalSummary;
import org.endorse.register.RepresentationRegister;
import org.endorse.register.Seat;
import org.endorse.register.SeatTaken;
import org.endorse.register.Seats;
import org.endorse.security.EndorseUser;
import org.endorse.security.Role;
import org.endorse.system.ForbiddenException;
import org.endorse.system.InvalidFieldException;
import org.endorse.system.LogText;
import org.endorse.system.ProcessVariable;
import org.endorse.system.Texts;
import org.endorse.system.WorldDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting nominations for a configured seat and term, and what follows the region's endorsement: competing
 * nominations closed once the seat's places are filled, the WCO body's election, and the seat taken in the register.
 */
@Service
class NominationService implements ProposalPartWriter<NominationRequest> {

    private static final Logger log = LoggerFactory.getLogger(NominationService.class);

    /** Nominations that fill a place: endorsed (and awaiting or past the WCO body's election) or elected. */
    private static final List<ProposalStatus> FILLING_A_PLACE = List.of(ProposalStatus.ENDORSED,
            ProposalStatus.ELECTED);

    private final ProposalService proposals;
    private final NominationRepository nominations;
    private final NominationDetails details;
    private final MemberDirectory members;
    private final Seats seats;
    private final RepresentationRegister register;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NominationService(ProposalService proposals, NominationRepository nominations, NominationDetails details,
            MemberDirectory members, Seats seats, RepresentationRegister register, ApplicationEventPublisher events,
            Clock clock) {
        this.proposals = proposals;
        this.nominations = nominations;
        this.details = details;
        this.members = members;
        this.seats = seats;
        this.register = register;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public ProposalKind kind() {
        return ProposalKind.NOMINATION;
    }

    @Override
    public void create(Proposal proposal, NominationRequest request) {
        Seat seat = seatOf(request);
        nominations.save(new Nomination(proposal, request, seat, termOf(request, seat)));
    }

    @Override
    public void update(String reference, NominationRequest request) {
        Seat seat = seatOf(request);
        nominations.findByReference(reference).orElseThrow().update(request, seat, termOf(request, seat));
    }

    @Override
    public void check(NominationRequest request) {
        Seat.Term term = termOf(request, seatOf(request));
        if (!members.exists(request.nominatedMember())) {
            throw new InvalidFieldException("nominatedMember", "error.member.notInRegion", request.nominatedMember());
        }
        if (members.on(term.from()).stream().noneMatch(member -> member.getCode().equals(request.nominatedMember()))) {
            throw new InvalidFieldException("nominatedMember", "error.nomination.notMemberOn",
                    members.nameOf(request.nominatedMember()), term.from().toString());
        }
    }

    private Seat seatOf(NominationRequest request) {
        return seats.find(request.seat().code()).orElseThrow(() -> new InvalidFieldException("seat.code",
                "error.nomination.unknownSeat", request.seat().code()));
    }

    /**
     * The term nominated for: a seat with terms is nominated for its next one unless the nomination names a later
     * (or, brought in from the region's history, an earlier) first day of one; other seats take the days typed.
     */
    private Seat.Term termOf(NominationRequest request, Seat seat) {
        LocalDate from = request.term() == null ? null : request.term().from();
        LocalDate to = request.term() == null ? null : request.term().to();
        if (!seat.hasFixedTerms()) {
            if (from == null) {
                throw new InvalidFieldException("term.from", "error.nomination.termNeeded", seat.name());
            }
            if (to == null) {
                throw new InvalidFieldException("term.to", "error.nomination.termNeeded", seat.name());
            }
            if (!to.isAfter(from)) {
                throw new InvalidFieldException("term.to", "error.nomination.termOrder", from.toString());
            }
            return new Seat.Term(from, to);
        }
        Seat.Term next = seat.nextTermAfter(LocalDate.now(clock));
        if (from == null) {
            from = next.from();
        } else if (!seat.startsTermOn(from)) {
            throw new InvalidFieldException("term.from", "error.nomination.notATermStart", from.toString(),
                    seat.name(), next.from().toString());
        }
        Seat.Term term = seat.termFrom(from);
        if (to != null && !to.equals(term.to())) {
            throw new InvalidFieldException("term.to", "error.nomination.termFixed", seat.name(), term.from().toString(),
                    term.to().toString());
        }
        return term;
    }

    /**
     * Once a nomination is endorsed, and the endorsed ones fill the seat's places for its term, the others still
     * running for that seat and term are closed as not endorsed.
     */
    @Transactional
    void closeCompetitorsOnceFilled(String endorsedReference) {
        Nomination endorsed = nominations.findByReference(endorsedReference).orElseThrow();
        int places = endorsed.getSeatCode() == null ? 1
                : seats.find(endorsed.getSeatCode()).map(Seat::places).orElse(1);
        int filled = 1 + details.competitorsOf(endorsedReference, endorsed, FILLING_A_PLACE).size();
        if (filled < places) {
            log.info("{} endorsed for {}: {} of its {} places filled for {} to {}; the other nominations stay open",
                    endorsedReference, LogText.escaped(endorsed.getSeatName()), filled, places,
                    endorsed.getTermFrom(), endorsed.getTermTo());
            return;
        }
        for (NominationDetails.Competitor competitor : details.competitorsOf(endorsedReference, endorsed,
                NominationDetails.RUNNING)) {
            String reference = competitor.reference();
            String note = "Closed: " + (places == 1 ? "the competing nomination " + endorsedReference + " was endorsed"
                    : "the " + places + " places were filled, the last by " + endorsedReference) + " for "
                    + endorsed.getSeatName() + " " + endorsed.getTermFrom() + " to " + endorsed.getTermTo();
            proposals.closeFromOutside(reference, ProposalEventType.CLOSED_BY_COMPETITOR, note,
                    NominationProcess.MESSAGE_COMPETITOR_ENDORSED);
            events.publishEvent(new NominationClosedByCompetitor(ProposalSummary.of(proposals.byReference(reference)),
                    endorsedReference, note));
        }
    }

    /** The secretariat records the WCO body's election, which moves the nomination's process on. */
    @Transactional
    Proposal recordElection(EndorseUser user, String reference, ElectionRequest request) {
        if (!user.has(Role.SECRETARIAT)) {
            throw new ForbiddenException("error.nomination.secretariatRecordsElection");
        }
        Proposal proposal = proposals.visible(user, reference);
        if (proposal.getKind() != ProposalKind.NOMINATION) {
            throw new InvalidFieldException("reference", "error.nomination.notNomination", reference,
                    proposal.getKind().labelText());
        }
        if (request.decidedOn().isAfter(WorldDays.latest(clock.instant()))) {
            throw new InvalidFieldException("decidedOn", "error.nomination.electedInFuture",
                    request.decidedOn().toString());
        }
        proposal.latestDayOf(ProposalEventType.ENDORSED).filter(endorsedOn -> request.decidedOn().isBefore(endorsedOn))
                .ifPresent(endorsedOn -> {
                    throw new InvalidFieldException("decidedOn", "error.nomination.electedBeforeEndorsement",
                            request.decidedOn().toString(), endorsedOn.toString());
                });
        boolean elected = request.outcome() == ElectionRequest.Outcome.ELECTED;
        Nomination nomination = nominations.findByReference(reference).orElseThrow();
        String electedBy = seats.find(nomination.getSeatCode()).map(Seat::electedBy).orElse("WCO");
        String session = request.session().strip();
        String text = (elected ? "Elected" : "Not elected") + " by the " + electedBy + " at its " + session + " on "
                + request.decidedOn() + (request.note() == null || request.note().isBlank() ? ""
                        : ": " + request.note().strip());
        nomination.elected(request.outcome(), session, request.decidedOn());
        proposals.recordDecision(reference, elected ? ProposalEventType.ELECTED : ProposalEventType.NOT_ELECTED,
                user.id(), text, request.decidedOn());
        proposals.completeKindTask(user, reference, NominationProcess.USER_RECORD_ELECTION, null,
                ProcessVariable.variables(NominationProcess.VAR_ELECTION.with(request.outcome().name())),
                Texts.of("error.nomination.election"));
        log.info("{}: {}", reference, LogText.escaped(text));
        return proposal;
    }

    /** The endorsed (and, where a WCO body elects, elected) nominee takes its place in the register. */
    @Transactional
    void takeSeat(String reference) {
        Nomination nomination = nominations.findByReference(reference).orElseThrow();
        if (seats.find(nomination.getSeatCode()).isEmpty()) {
            log.info("{} was nominated for {}, a seat not in endorse.seats: the register of representation does not"
                    + " list it; add the seat to config/application.yml to list its holders",
                    reference, LogText.escaped(nomination.getSeatName()));
            return;
        }
        boolean elected = nomination.getElectionOutcome() == ElectionRequest.Outcome.ELECTED;
        register.take(new SeatTaken(nomination.getSeatCode(), nomination.getNominatedMember(),
                nomination.getNomineeName(), nomination.getTermFrom(), nomination.getTermTo(), reference,
                elected ? nomination.getElectionSession() : null, elected ? nomination.getElectionDecidedOn() : null));
    }
}
