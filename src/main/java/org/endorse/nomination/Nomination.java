package org.endorse.nomination;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalPart;

/** The details of a regional nomination: which seat, for which term, which administration and person. */
@Entity
@Table(name = "nomination")
class Nomination extends ProposalPart {

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

    protected Nomination() {
    }

    Nomination(Proposal proposal, NominationRequest request) {
        super(proposal);
        update(request);
    }

    void update(NominationRequest request) {
        this.seatType = request.seat().type();
        this.seatName = request.seat().name().strip();
        this.termFrom = request.term().from();
        this.termTo = request.term().to();
        this.nominatedMember = request.nominatedMember();
        this.nomineeName = request.nomineeName() == null || request.nomineeName().isBlank() ? null
                : request.nomineeName().strip();
        this.supportingStatement = request.supportingStatement().strip();
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
}
