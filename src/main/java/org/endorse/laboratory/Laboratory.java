package org.endorse.laboratory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalPart;

/** The details of a Regional Customs Laboratory proposal, its eligibility check and its recognition. */
@Entity
@Table(name = "laboratory")
class Laboratory extends ProposalPart {

    @Column(name = "laboratory_name", nullable = false, length = 200)
    private String laboratoryName;

    @Column(nullable = false, length = 200)
    private String location;

    @Column(name = "accreditation_standard", nullable = false, length = 100)
    private String accreditationStandard;

    @Column(name = "accreditation_body", nullable = false, length = 200)
    private String accreditationBody;

    @Column(name = "certificate_number", nullable = false, length = 100)
    private String certificateNumber;

    @Column(name = "accreditation_valid_until", nullable = false)
    private LocalDate accreditationValidUntil;

    @ElementCollection
    @CollectionTable(name = "laboratory_scope", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    @Column(name = "analysis", nullable = false, length = 200)
    private List<String> scope = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "laboratory_equipment", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    @Column(name = "item", nullable = false, length = 200)
    private List<String> equipment = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "laboratory_language", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    @Column(name = "language", nullable = false, length = 50)
    private List<String> languages = new ArrayList<>();

    @Column(nullable = false)
    private int analysts;

    @Column(name = "staff_qualifications", length = 2000)
    private String staffQualifications;

    @Column(name = "samples_per_year", nullable = false)
    private int samplesPerYear;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Eligibility eligibility;

    /** The findings of the last eligibility check, one per line. */
    @Column(name = "eligibility_findings", length = 2000)
    private String eligibilityFindings;

    @Column(name = "eligibility_checked_on")
    private LocalDate eligibilityCheckedOn;

    @Column(name = "recognised_on")
    private LocalDate recognisedOn;

    @Column(name = "recognition_reference", length = 100)
    private String recognitionReference;

    protected Laboratory() {
    }

    Laboratory(Proposal proposal, LaboratoryRequest request) {
        super(proposal);
        update(request);
    }

    void update(LaboratoryRequest request) {
        this.laboratoryName = request.laboratoryName().strip();
        this.location = request.location().strip();
        this.accreditationStandard = request.accreditation().standard().strip();
        this.accreditationBody = request.accreditation().body().strip();
        this.certificateNumber = request.accreditation().certificateNumber().strip();
        this.accreditationValidUntil = request.accreditation().validUntil();
        replace(scope, request.scope());
        replace(equipment, request.equipment());
        replace(languages, request.languages());
        this.analysts = request.staff().analysts();
        this.staffQualifications = blankToNull(request.staff().qualifications());
        this.samplesPerYear = request.samplesPerYear();
    }

    void checked(Eligibility result, List<String> findings, LocalDate on) {
        this.eligibility = result;
        this.eligibilityFindings = findings.isEmpty() ? null : String.join("\n", findings);
        this.eligibilityCheckedOn = on;
    }

    void recognised(LocalDate on, String reference) {
        this.recognisedOn = on;
        this.recognitionReference = reference;
    }

    private static void replace(List<String> target, List<String> values) {
        target.clear();
        values.stream().map(String::strip).forEach(target::add);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    String getLaboratoryName() {
        return laboratoryName;
    }

    String getLocation() {
        return location;
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

    List<String> getScope() {
        return List.copyOf(scope);
    }

    List<String> getEquipment() {
        return List.copyOf(equipment);
    }

    List<String> getLanguages() {
        return List.copyOf(languages);
    }

    int getAnalysts() {
        return analysts;
    }

    String getStaffQualifications() {
        return staffQualifications;
    }

    int getSamplesPerYear() {
        return samplesPerYear;
    }

    Eligibility getEligibility() {
        return eligibility;
    }

    List<String> getEligibilityFindings() {
        return eligibilityFindings == null ? List.of() : List.of(eligibilityFindings.split("\n"));
    }

    LocalDate getEligibilityCheckedOn() {
        return eligibilityCheckedOn;
    }

    LocalDate getRecognisedOn() {
        return recognisedOn;
    }

    String getRecognitionReference() {
        return recognitionReference;
    }
}
