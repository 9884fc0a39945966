package org.endorse.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What a member administration proposes, whatever its kind: the shared part of nominations, laboratory
 * proposals and Terms of Reference. Kind-specific details live in their capability's own table.
 */
@Entity
@Table(name = "proposal")
public class Proposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ProposalKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "submitting_member", nullable = false, length = 8)
    private String submittingMember;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ProposalStatus status;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    /** Drafted by the secretariat (a ToR of a regional group), which then amends and withdraws it too. */
    @Column(name = "drafted_by_secretariat", nullable = false)
    private boolean draftedBySecretariat;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** When the papers of a meeting that has it on its agenda were first circulated to every member. */
    @Column(name = "papers_circulated_at")
    private Instant papersCirculatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt ASC, id ASC")
    private List<ProposalEvent> timeline = new ArrayList<>();

    protected Proposal() {
    }

    Proposal(String reference, ProposalKind kind, String title, String submittingMember, String createdBy,
            Instant createdAt, boolean draftedBySecretariat) {
        this.reference = reference;
        this.draftedBySecretariat = draftedBySecretariat;
        this.kind = kind;
        this.title = title;
        this.submittingMember = submittingMember;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = ProposalStatus.DRAFT;
        record(ProposalEventType.DRAFTED, createdBy, createdAt, null);
    }

    void record(ProposalEventType type, String actor, Instant at, String note) {
        record(type, actor, at, note, null);
    }

    /** Records what happened on another day than the one it is recorded on, such as a meeting's decision. */
    void record(ProposalEventType type, String actor, Instant at, String note, LocalDate dated) {
        timeline.add(new ProposalEvent(this, type, actor, at, note, dated));
    }

    /** The day of the latest event of this type, if any: an endorsement's is its meeting's day. */
    public Optional<LocalDate> latestDayOf(ProposalEventType type) {
        return timeline.stream().filter(event -> event.getType() == type).reduce((first, last) -> last)
                .map(ProposalEvent::getDay);
    }

    void markSubmitted(Instant at) {
        if (submittedAt == null) {
            submittedAt = at;
        }
    }

    /** Moves to a status; a proposal whose lifecycle ends there is closed at that moment. */
    void moveTo(ProposalStatus newStatus, Instant at, boolean closing) {
        this.status = newStatus;
        if (closing) {
            this.closedAt = at;
        }
    }

    void retitle(String title) {
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public ProposalKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getSubmittingMember() {
        return submittingMember;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public boolean isDraftedBySecretariat() {
        return draftedBySecretariat;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    void markInCirculatedPapers(Instant at) {
        if (papersCirculatedAt == null) {
            papersCirculatedAt = at;
        }
    }

    /** In papers circulated to every member administration, who may all read it from then on. */
    public boolean isInCirculatedPapers() {
        return papersCirculatedAt != null;
    }

    /** Submitted at some point: a draft withdrawn before that stays its drafter's alone. */
    public boolean isSubmitted() {
        return submittedAt != null;
    }

    /** The latest event of the timeline, such as the reason of the last return or decision. */
    public Optional<ProposalEvent> latestEvent() {
        return timeline.isEmpty() ? Optional.empty() : Optional.of(timeline.get(timeline.size() - 1));
    }

    public List<ProposalEvent> getTimeline() {
        return Collections.unmodifiableList(timeline);
    }
}
