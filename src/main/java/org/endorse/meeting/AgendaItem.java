package org.endorse.meeting;

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
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.endorse.proposal.MeetingDecision;
import org.endorse.proposal.ProposalStage;

/**
 * An item of a meeting's agenda and what the meeting decided or concluded on it: a proposal, or the meeting's own
 * business (a report, an item for discussion or decision, the follow-up of an action item).
 */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AgendaItemKind kind;

    /** The proposal's reference, for a proposal only. */
    @Column(name = "proposal_reference", length = 32)
    private String proposalReference;

    /** The proposal's title, or the report's or matter's. */
    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "submitting_member", length = 8)
    private String submittingMember;

    /** Who presents a report or matter: a member administration or regional entity, by code. */
    @Column(length = 16)
    private String presenter;

    /** The action item a follow-up is about. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "follows_up_action_item_id")
    private ActionItem followsUp;

    @Column(nullable = false, length = 300)
    private String heading;

    /** The stage the proposal was waiting at when it was put on the agenda; none for other items. */
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ProposalStage stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AgendaItemState state;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private MeetingDecision recommendation;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private MeetingDecision endorsement;

    /** What the chair concluded on an item that is not a proposal. */
    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private ItemConclusion conclusion;

    /** Why the item left the agenda undecided, for the record. */
    @Column(length = 1000)
    private String note;

    /** The chair's notes and reasons on the decisions or conclusion, for the record. */
    @Column(name = "chair_note", length = 2100)
    private String chairNote;

    /** The day of the meeting on which its latest decision or conclusion on the item was taken. */
    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL)
    @OrderBy("raisedAt ASC")
    private List<Objection> objections = new ArrayList<>();

    protected AgendaItem() {
    }

    AgendaItem(Meeting meeting, String proposalReference, String proposalTitle, String submittingMember,
            String heading, ProposalStage stage) {
        this.meeting = meeting;
        this.kind = AgendaItemKind.PROPOSAL;
        this.proposalReference = proposalReference;
        this.title = proposalTitle;
        this.submittingMember = submittingMember;
        this.heading = heading;
        this.stage = stage;
        this.state = AgendaItemState.PENDING;
    }

    /** A report, or a matter for discussion or decision, under its kind's heading. */
    AgendaItem(Meeting meeting, AgendaItemKind kind, String title, String presenter) {
        this.meeting = meeting;
        this.kind = kind;
        this.title = title;
        this.presenter = presenter;
        this.heading = kind.heading();
        this.state = AgendaItemState.PENDING;
    }

    /** The follow-up of an action item agreed at an earlier meeting. */
    AgendaItem(Meeting meeting, ActionItem followsUp) {
        this(meeting, AgendaItemKind.FOLLOW_UP, followsUp.getDescription(), followsUp.getOwner());
        this.followsUp = followsUp;
    }

    boolean isProposal() {
        return kind == AgendaItemKind.PROPOSAL;
    }

    boolean isFor(String reference) {
        return reference != null && reference.equals(proposalReference);
    }

    void placeAt(int position) {
        this.position = position;
    }

    /** The stage at which this meeting took the decision on the item, if it took it. */
    Optional<ProposalStage> stageOf(MeetingDecision decision) {
        return decision.stage().filter(stage -> decisionAt(stage) == decision).or(() -> decision.defers()
                ? deferredAt() : Optional.empty());
    }

    /** The stage this meeting deferred the item at, if it did. */
    Optional<ProposalStage> deferredAt() {
        return recommendation == MeetingDecision.DEFERRED ? Optional.of(ProposalStage.REVIEW)
                : endorsement == MeetingDecision.DEFERRED ? Optional.of(ProposalStage.ENDORSEMENT) : Optional.empty();
    }

    /** The decision already taken at this stage in this meeting, if any. */
    MeetingDecision decisionAt(ProposalStage decisionStage) {
        return decisionStage == ProposalStage.REVIEW ? recommendation : endorsement;
    }

    /**
     * The stage the meeting decides next on this item, if any: the contact points' review first where the item
     * waits for it, then the heads of Customs' endorsement where the meeting takes it.
     */
    public Optional<ProposalStage> stageToDecide(List<ProposalStage> meetingStages) {
        if (state != AgendaItemState.PENDING || !isProposal()) {
            return Optional.empty();
        }
        if (stage == ProposalStage.REVIEW && recommendation == null && meetingStages.contains(ProposalStage.REVIEW)) {
            return Optional.of(ProposalStage.REVIEW);
        }
        return meetingStages.contains(ProposalStage.ENDORSEMENT) && endorsement == null
                ? Optional.of(ProposalStage.ENDORSEMENT) : Optional.empty();
    }

    /**
     * Keeps the meeting's decision at its stage. The item is decided once a deferral carries it to a later meeting
     * or {@link #stageToDecide} finds nothing left for this meeting to decide on it.
     */
    void record(MeetingDecision decision, ProposalStage stage, List<ProposalStage> meetingStages, String note,
            LocalDate on) {
        if (stage == ProposalStage.REVIEW) {
            recommendation = decision;
        } else {
            endorsement = decision;
        }
        addChairNote(note);
        decidedOn = on;
        if (decision.defers() || stageToDecide(meetingStages).isEmpty()) {
            state = AgendaItemState.DECIDED;
        }
    }

    /** The chair's conclusion on a report, matter or follow-up; the item is then decided. */
    void conclude(ItemConclusion conclusion, String note, LocalDate on) {
        this.conclusion = conclusion;
        addChairNote(note);
        decidedOn = on;
        state = AgendaItemState.DECIDED;
    }

    private void addChairNote(String note) {
        if (note != null && !note.isBlank()) {
            chairNote = chairNote == null ? note.strip() : chairNote + " " + note.strip();
        }
    }

    /** The item leaves the agenda without the meeting's decision: withdrawn, closed elsewhere or carried forward. */
    void leaveUndecided(AgendaItemState state, String note) {
        this.state = state;
        this.note = note;
    }

    void addObjection(Objection objection) {
        objections.add(objection);
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public int getPosition() {
        return position;
    }

    public String getProposalReference() {
        return proposalReference;
    }

    public AgendaItemKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getPresenter() {
        return presenter;
    }

    public ActionItem getFollowsUp() {
        return followsUp;
    }

    public ItemConclusion getConclusion() {
        return conclusion;
    }

    public String getChairNote() {
        return chairNote;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getSubmittingMember() {
        return submittingMember;
    }

    public String getHeading() {
        return heading;
    }

    public ProposalStage getStage() {
        return stage;
    }

    public AgendaItemState getState() {
        return state;
    }

    public MeetingDecision getRecommendation() {
        return recommendation;
    }

    public MeetingDecision getEndorsement() {
        return endorsement;
    }

    public String getNote() {
        return note;
    }

    public List<Objection> getObjections() {
        return Collections.unmodifiableList(objections);
    }

    /** An objection of a member administration to an item in a written procedure. */
    @Entity
    @Table(name = "agenda_item_objection")
    public static class Objection {

        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;

        @ManyToOne(fetch = FetchType.LAZY, optional = false)
        @JoinColumn(name = "agenda_item_id")
        private AgendaItem item;

        @Column(name = "member_code", nullable = false, length = 8)
        private String memberCode;

        @Column(name = "raised_by", nullable = false, length = 64)
        private String raisedBy;

        @Column(name = "raised_at", nullable = false)
        private Instant raisedAt;

        @Column(nullable = false, length = 2000)
        private String reason;

        protected Objection() {
        }

        Objection(AgendaItem item, String memberCode, String raisedBy, Instant raisedAt, String reason) {
            this.item = item;
            this.memberCode = memberCode;
            this.raisedBy = raisedBy;
            this.raisedAt = raisedAt;
            this.reason = reason;
        }

        public String getMemberCode() {
            return memberCode;
        }

        public String getRaisedBy() {
            return raisedBy;
        }

        public Instant getRaisedAt() {
            return raisedAt;
        }

        public String getReason() {
            return reason;
        }
    }
}
