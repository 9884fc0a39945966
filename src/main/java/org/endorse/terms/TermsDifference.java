package org.endorse.terms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What changed from one version of a ToR to a later one, computed when the later one was frozen and never
 * again: as a unified diff for the API, and as the rows of the portal's side-by-side page.
 */
@Entity
@Table(name = "terms_difference")
class TermsDifference {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private Long proposalId;

    @Column(name = "from_number", nullable = false, updatable = false)
    private int fromNumber;

    @Column(name = "to_number", nullable = false, updatable = false)
    private int toNumber;

    // Longer than Hibernate's longest varchar on H2, which it would otherwise expect to be a CLOB; H2 and
    // PostgreSQL both take a varchar of this length.
    @Column(nullable = false, updatable = false, length = 10_000_000)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private String unified;

    @Column(name = "side_by_side", nullable = false, updatable = false, length = 10_000_000)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private String sideBySide;

    protected TermsDifference() {
    }

    TermsDifference(Long proposalId, int fromNumber, int toNumber, String unified, String sideBySide) {
        this.proposalId = proposalId;
        this.fromNumber = fromNumber;
        this.toNumber = toNumber;
        this.unified = unified;
        this.sideBySide = sideBySide;
    }

    String getUnified() {
        return unified;
    }

    String getSideBySide() {
        return sideBySide;
    }
}
