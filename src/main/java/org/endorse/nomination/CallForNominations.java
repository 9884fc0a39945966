package org.endorse.nomination;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The region's call to nominate for one term of a seat, open until its deadline (the last day to submit). */
@Entity
@Table(name = "call_for_nominations")
class CallForNominations {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "seat_code", nullable = false, length = 40)
    private String seatCode;

    @Column(name = "term_from", nullable = false)
    private LocalDate termFrom;

    @Column(name = "term_to", nullable = false)
    private LocalDate termTo;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** The nominations submitted by the deadline, counted when the call closes. */
    @Column
    private Integer candidates;

    protected CallForNominations() {
    }

    CallForNominations(String seatCode, LocalDate termFrom, LocalDate termTo, Instant openedAt, LocalDate deadline) {
        this.seatCode = seatCode;
        this.termFrom = termFrom;
        this.termTo = termTo;
        this.openedAt = openedAt;
        this.deadline = deadline;
    }

    /** Closed at the deadline, or earlier by the secretariat, which makes that day the deadline. */
    void close(Instant at, LocalDate day, int candidates) {
        this.closedAt = at;
        if (day.isBefore(deadline)) {
            this.deadline = day;
        }
        this.candidates = candidates;
    }

    boolean isOpen() {
        return closedAt == null;
    }

    Long getId() {
        return id;
    }

    String getSeatCode() {
        return seatCode;
    }

    LocalDate getTermFrom() {
        return termFrom;
    }

    LocalDate getTermTo() {
        return termTo;
    }

    Instant getOpenedAt() {
        return openedAt;
    }

    LocalDate getDeadline() {
        return deadline;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    Integer getCandidates() {
        return candidates;
    }
}
