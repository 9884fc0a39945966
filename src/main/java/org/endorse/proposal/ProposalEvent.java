package org.endorse.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One entry of a proposal's timeline. Entries are only ever added, never changed or removed. */
@Entity
@Table(name = "proposal_event")
public class ProposalEvent {

    /** The actor of what the engine does by itself, such as a lapsed return. */
    public static final String SYSTEM = "system";
    /** Who decided when a written procedure concluded: the procedure, by the members' silence, not its chair. */
    public static final String WRITTEN_PROCEDURE = "written procedure";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id")
    private Proposal proposal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ProposalEventType type;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(length = 4000)
    private String note;

    /**
     * The day it happened in the world, where that is not the day it was recorded: a meeting's decision is dated on
     * the meeting's day, even when typed in afterwards; a past submission brought in, on the day it was made.
     */
    @Column(name = "dated")
    private LocalDate dated;

    protected ProposalEvent() {
    }

    ProposalEvent(Proposal proposal, ProposalEventType type, String actor, Instant occurredAt, String note,
            LocalDate dated) {
        this.proposal = proposal;
        this.type = type;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.note = note;
        this.dated = dated;
    }

    /** The proposal this event happened to. */
    public Proposal getProposal() {
        return proposal;
    }

    public ProposalEventType getType() {
        return type;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getNote() {
        return note;
    }

    /** The day it happened: its own date where it has one, else the day it was recorded (UTC). */
    public LocalDate getDay() {
        return dated != null ? dated : LocalDate.ofInstant(occurredAt, ZoneOffset.UTC);
    }

    /** The day it happened in the world, where it differs from the moment it was recorded; null otherwise. */
    public LocalDate getDated() {
        return dated;
    }
}
