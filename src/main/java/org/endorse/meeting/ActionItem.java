package org.endorse.meeting;

import java.time.LocalDate;

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
import jakarta.persistence.Version;

/**
 * Something a meeting agreed to have done, such as "a working group on the RILO A/P transition": its owner is
 * reminded by mail before it is due (processes/action-item.bpmn), and it comes back on each following meeting's
 * agenda until a meeting closes it.
 */
@Entity
@Table(name = "action_item")
public class ActionItem {

    public enum Status {
        OPEN,
        CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The meeting that agreed it. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    /** The agenda item under which it was agreed. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_item_id")
    private AgendaItem agreedUnder;

    @Column(nullable = false, length = 500)
    private String description;

    /** A member administration or regional entity, by code. */
    @Column(name = "owner_code", nullable = false, length = 16)
    private String owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "agreed_on", nullable = false)
    private LocalDate agreedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "closed_at_meeting_id")
    private Meeting closedAt;

    @Column(name = "closing_note", length = 2000)
    private String closingNote;

    @Version
    private long version;

    protected ActionItem() {
    }

    ActionItem(Meeting meeting, AgendaItem agreedUnder, String description, String owner, LocalDate dueOn,
            LocalDate agreedOn) {
        this.meeting = meeting;
        this.agreedUnder = agreedUnder;
        this.description = description;
        this.owner = owner;
        this.dueOn = dueOn;
        this.agreedOn = agreedOn;
        this.status = Status.OPEN;
    }

    void close(Meeting at, LocalDate on, String note) {
        status = Status.CLOSED;
        closedAt = at;
        closedOn = on;
        closingNote = note == null || note.isBlank() ? null : note.strip();
    }

    boolean isOpen() {
        return status == Status.OPEN;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public AgendaItem getAgreedUnder() {
        return agreedUnder;
    }

    public String getDescription() {
        return description;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getAgreedOn() {
        return agreedOn;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public Meeting getClosedAt() {
        return closedAt;
    }

    public String getClosingNote() {
        return closingNote;
    }
}
