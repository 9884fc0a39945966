package org.endorse.terms;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One numbered version of a ToR's text, frozen when it was submitted: never changed afterwards. */
@Entity
@Table(name = "terms_version")
class TermsVersion {

    /**
     * The longest text a version may have, some fifty pages: long enough for any ToR, short enough that the
     * difference between two versions is computed in well under a second.
     */
    static final int MAX_CHARACTERS = 200_000;
    static final int MAX_LINES = 3_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private Long proposalId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false, length = 1_000_000)
    private String text;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected TermsVersion() {
    }

    TermsVersion(Long proposalId, int number, String text, String createdBy, Instant createdAt) {
        this.proposalId = proposalId;
        this.number = number;
        this.text = text;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Whether the text is no larger than a version may be now; older versions were not bounded. */
    boolean fitsTheLimits() {
        return text.length() <= MAX_CHARACTERS && text.lines().count() <= MAX_LINES;
    }

    int getNumber() {
        return number;
    }

    String getText() {
        return text;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
