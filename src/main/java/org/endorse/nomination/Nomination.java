package org.endorse.nomination;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalPart;
import org.endorse.register.Seat;
import org.endorse.register.SeatType;

/**
 * The details of a regional nomination: which seat, for which term, which administration and person, and the WCO
 * body's election where one follows the region's endorsement.
 */
@Entity
@Table(name = "nomination")
class Nomination extends ProposalPart {

    /** The configured seat; none for a nomination typed before seats were configured that matches none of them. */
    @Column(name = "seat_code", length = 40)
    private String seatCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "seat_type", nullable = false, length = 32)
    private SeatType seatType;

    @Column(name = "seat_name", nullable = false, length = 200)
    private String seatName;

    @Column(name = "term_from", nullable = false)
    private LocalDate termFrom;

    @Column(name = "term_to", nullable = false)
    private LocalDate termTo;

    @Column(name = "nominated_member", nullable = false, length = 8)
    private String nominatedMember;

    @Column(name = "nominee_name", length = 200)
    private String nomineeName;

    @Column(name = "supporting_statement", nullable = false, length = 4000)
    private String supportingStatement;

    /** Submitted after the deadline of the call for nominations for its seat and term. */
    @Column(nullable = false)
    private boolean late;

    @Enumerated(EnumType.STRING)
    @Column(name = "election_outcome", length = 16)
    private ElectionRequest.Outcome electionOutcome;

    @Column(name = "election_session", length = 200)
    private String electionSession;

    @Column(name = "election_decided_on")
    private LocalDate electionDecidedOn;

    protected Nomination() {
    }

    Nomination(Proposal proposal, NominationRequest request, Seat seat, Seat.Term term) {
        super(proposal);
        update(request, seat, term);
    }

    void update(NominationRequest request, Seat seat, Seat.Term term) {
        this.seatCode = seat.code();
        this.seatType = seat.type();
        this.seatName = seat.name();
        this.termFrom = term.from();
        this.termTo = term.to();
        this.nominatedMember = request.nominatedMember();
        this.nomineeName = request.nomineeName() == null || request.nomineeName().isBlank() ? null
                : request.nomineeName().strip();
        this.supportingStatement = request.supportingStatement().strip();
    }

    /** The WCO body's election, as the secretariat records it. */
    void elected(ElectionRequest.Outcome outcome, String session, LocalDate decidedOn) {
        this.electionOutcome = outcome;
        this.electionSession = session;
        this.electionDecidedOn = decidedOn;
    }

    void markLate() {
        this.late = true;
    }

    boolean isLate() {
        return late;
    }

    String getSeatCode() {
        return seatCode;
    }

    SeatType getSeatType() {
        return seatType;
    }

    String getSeatName() {
        return seatName;
    }

    LocalDate getTermFrom() {
        return termFrom;
    }

    LocalDate getTermTo() {
        return termTo;
    }

    String getNominatedMember() {
        return nominatedMember;
    }

    String getNomineeName() {
        return nomineeName;
    }

    String getSupportingStatement() {
        return supportingStatement;
    }

    ElectionRequest.Outcome getElectionOutcome() {
        return electionOutcome;
    }

    String getElectionSession() {
        return electionSession;
    }

    LocalDate getElectionDecidedOn() {
        return electionDecidedOn;
    }
}
