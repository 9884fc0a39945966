package org.endorse.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A designated Regional Customs Laboratory, with the accreditation the register watches. */
@Entity
@Table(name = "register_laboratory")
class RegisteredLaboratory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_reference", nullable = false, unique = true, length = 32)
    private String proposalReference;

    @Column(nullable = false, length = 8)
    private String member;

    @Column(name = "laboratory_name", nullable = false, length = 200)
    private String laboratoryName;

    @Column(nullable = false, length = 200)
    private String location;

    @ElementCollection
    @CollectionTable(name = "register_laboratory_scope", joinColumns = @JoinColumn(name = "register_laboratory_id"))
    @OrderColumn(name = "position")
    @Column(name = "analysis", nullable = false, length = 200)
    private List<String> scope = new ArrayList<>();

    @Column(name = "accreditation_standard", nullable = false, length = 100)
    private String accreditationStandard;

    @Column(name = "accreditation_body", nullable = false, length = 200)
    private String accreditationBody;

    @Column(name = "certificate_number", nullable = false, length = 100)
    private String certificateNumber;

    @Column(name = "accreditation_valid_until", nullable = false)
    private LocalDate accreditationValidUntil;

    @Column(name = "designated_from", nullable = false)
    private LocalDate designatedFrom;

    @Column(name = "wco_reference", length = 100)
    private String wcoReference;

    /** When the secretariat was reminded that the current accreditation expires soon. */
    @Column(name = "expiry_reminded_on")
    private LocalDate expiryRemindedOn;

    /** When the current accreditation was flagged as expired. */
    @Column(name = "expiry_flagged_on")
    private LocalDate expiryFlaggedOn;

    @Version
    private long version;

    protected RegisteredLaboratory() {
    }

    RegisteredLaboratory(DesignatedLaboratory designated) {
        this.proposalReference = designated.proposalReference();
        this.member = designated.member();
        this.laboratoryName = designated.laboratoryName();
        this.location = designated.location();
        this.scope.addAll(designated.scope());
        this.accreditationStandard = designated.accreditationStandard();
        this.accreditationBody = designated.accreditationBody();
        this.certificateNumber = designated.certificateNumber();
        this.accreditationValidUntil = designated.accreditationValidUntil();
        this.designatedFrom = designated.designatedFrom();
        this.wcoReference = designated.wcoReference();
    }

    void renewAccreditation(String body, String certificateNumber, LocalDate validUntil) {
        this.accreditationBody = body;
        this.certificateNumber = certificateNumber;
        this.accreditationValidUntil = validUntil;
        this.expiryRemindedOn = null;
        this.expiryFlaggedOn = null;
    }

    void remindedOfExpiry(LocalDate on) {
        this.expiryRemindedOn = on;
    }

    void flaggedExpired(LocalDate on) {
        this.expiryFlaggedOn = on;
    }

    String getProposalReference() {
        return proposalReference;
    }

    String getMember() {
        return member;
    }

    String getLaboratoryName() {
        return laboratoryName;
    }

    String getLocation() {
        return location;
    }

    List<String> getScope() {
        return List.copyOf(scope);
    }

    String getAccreditationStandard() {
        return accreditationStandard;
    }

    String getAccreditationBody() {
        return accreditationBody;
    }

    String getCertificateNumber() {
        return certificateNumber;
    }

    LocalDate getAccreditationValidUntil() {
        return accreditationValidUntil;
    }

    LocalDate getDesignatedFrom() {
        return designatedFrom;
    }

    String getWcoReference() {
        return wcoReference;
    }

    LocalDate getExpiryRemindedOn() {
        return expiryRemindedOn;
    }

    LocalDate getExpiryFlaggedOn() {
        return expiryFlaggedOn;
    }
}
