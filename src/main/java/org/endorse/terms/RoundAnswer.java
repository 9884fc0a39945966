package org.endorse.terms;

import java.time.Instant;

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

/** What one member's contact point answered in a round, and who and when. */
@Entity
@Table(name = "terms_round_answer")
class RoundAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    private CirculationRound round;

    @Column(nullable = false, length = 8)
    private String member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Answer answer;

    @Column(length = 4000)
    private String comment;

    @Column(name = "answered_by", nullable = false, length = 64)
    private String answeredBy;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected RoundAnswer() {
    }

    RoundAnswer(CirculationRound round, String member, Answer answer, String comment, String answeredBy,
            Instant answeredAt) {
        this.round = round;
        this.member = member;
        this.answer = answer;
        this.comment = comment;
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
    }

    String getMember() {
        return member;
    }

    Answer getAnswer() {
        return answer;
    }

    String getComment() {
        return comment;
    }

    String getAnsweredBy() {
        return answeredBy;
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }
}
