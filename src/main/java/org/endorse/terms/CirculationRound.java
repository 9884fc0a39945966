package org.endorse.terms;

import java.time.Instant;
import java.util.ArrayList;
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

/** One circulation of a ToR version to every member's contact points, with the answers that came back. */
@Entity
@Table(name = "terms_round")
class CirculationRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private Long proposalId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(nullable = false, updatable = false)
    private Instant deadline;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private RoundOutcome outcome;

    @OneToMany(mappedBy = "round", cascade = CascadeType.PERSIST)
    @OrderBy("answeredAt ASC, id ASC")
    private List<RoundAnswer> answers = new ArrayList<>();

    protected CirculationRound() {
    }

    CirculationRound(Long proposalId, int number, int versionNumber, Instant openedAt, Instant deadline) {
        this.proposalId = proposalId;
        this.number = number;
        this.versionNumber = versionNumber;
        this.openedAt = openedAt;
        this.deadline = deadline;
    }

    boolean isOpen() {
        return closedAt == null;
    }

    Optional<RoundAnswer> answerOf(String member) {
        return answers.stream().filter(answer -> answer.getMember().equals(member)).findFirst();
    }

    void answer(String member, Answer answer, String comment, String answeredBy, Instant at) {
        answers.add(new RoundAnswer(this, member, answer, comment, answeredBy, at));
    }

    /** Closes the round: any comment or objection calls for a revision; silence is no objection. */
    RoundOutcome close(Instant at) {
        this.closedAt = at;
        this.outcome = answers.stream().anyMatch(answer -> answer.getAnswer().needsRevision())
                ? RoundOutcome.REVISION_NEEDED : RoundOutcome.CLEAN;
        return outcome;
    }

    /** Closes the round of a withdrawn ToR: no answer is awaited any more, and nothing follows from it. */
    void withdraw(Instant at) {
        this.closedAt = at;
        this.outcome = RoundOutcome.WITHDRAWN;
    }

    int getNumber() {
        return number;
    }

    int getVersionNumber() {
        return versionNumber;
    }

    Instant getOpenedAt() {
        return openedAt;
    }

    Instant getDeadline() {
        return deadline;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    RoundOutcome getOutcome() {
        return outcome;
    }

    List<RoundAnswer> getAnswers() {
        return List.copyOf(answers);
    }
}
