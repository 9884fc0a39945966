package org.endorse.register;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An adopted Terms of Reference: in force until a later amendment for the same body supersedes it. */
@Entity
@Table(name = "register_terms")
class RegisteredTerms {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "governed_body", nullable = false, length = 200)
    private String governedBody;

    @Column(name = "proposal_reference", nullable = false, unique = true, length = 32)
    private String proposalReference;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(name = "adopted_on", nullable = false)
    private LocalDate adoptedOn;

    @Column(name = "superseded_on")
    private LocalDate supersededOn;

    @Column(name = "superseded_by", length = 32)
    private String supersededBy;

    @Version
    private long version;

    protected RegisteredTerms() {
    }

    RegisteredTerms(AdoptedTerms adopted) {
        this.governedBody = adopted.governedBody();
        this.proposalReference = adopted.proposalReference();
        this.title = adopted.title();
        this.versionNumber = adopted.versionNumber();
        this.adoptedOn = adopted.adoptedOn();
    }

    void supersede(String byReference, LocalDate on) {
        this.supersededBy = byReference;
        this.supersededOn = on;
    }

    boolean isInForce() {
        return supersededOn == null;
    }

    String getGovernedBody() {
        return governedBody;
    }

    String getProposalReference() {
        return proposalReference;
    }

    String getTitle() {
        return title;
    }

    int getVersionNumber() {
        return versionNumber;
    }

    LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    LocalDate getSupersededOn() {
        return supersededOn;
    }

    String getSupersededBy() {
        return supersededBy;
    }
}
