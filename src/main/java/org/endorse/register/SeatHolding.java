package org.endorse.register;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One member administration holding one place of a seat for one term, as the register of representation keeps it. */
@Entity
@Table(name = "seat_holding")
class SeatHolding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "seat_code", nullable = false, length = 40)
    private String seatCode;

    @Column(nullable = false, length = 8)
    private String member;

    @Column(length = 200)
    private String person;

    @Column(name = "term_from", nullable = false)
    private LocalDate termFrom;

    @Column(name = "term_to")
    private LocalDate termTo;

    @Column(name = "nomination_reference", length = 32)
    private String nominationReference;

    @Column(name = "elected_at", length = 200)
    private String electedAt;

    @Column(name = "elected_on")
    private LocalDate electedOn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected SeatHolding() {
    }

    SeatHolding(SeatTaken taken, Instant recordedAt) {
        this.seatCode = taken.seatCode();
        this.member = taken.member();
        this.person = taken.person();
        this.termFrom = taken.termFrom();
        this.termTo = taken.termTo();
        this.nominationReference = taken.nominationReference();
        this.electedAt = taken.electedAt();
        this.electedOn = taken.electedOn();
        this.recordedAt = recordedAt;
    }

    String getSeatCode() {
        return seatCode;
    }

    String getMember() {
        return member;
    }

    String getPerson() {
        return person;
    }

    LocalDate getTermFrom() {
        return termFrom;
    }

    LocalDate getTermTo() {
        return termTo;
    }

    String getNominationReference() {
        return nominationReference;
    }

    String getElectedAt() {
        return electedAt;
    }

    LocalDate getElectedOn() {
        return electedOn;
    }
}
