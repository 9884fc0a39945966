package org.endorse.laboratory;

import java.time.LocalDate;
import java.util.List;

import org.endorse.proposal.Proposal;
import org.endorse.member.MemberDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The laboratory part of a proposal's view: what is proposed, how it was assessed and its recognition. */
@Component
class LaboratoryDetails {

    private final LaboratoryRepository laboratories;
    private final MemberDirectory members;

    LaboratoryDetails(LaboratoryRepository laboratories, MemberDirectory members) {
        this.laboratories = laboratories;
        this.members = members;
    }

    record View(String laboratoryName, String location, Accreditation accreditation, List<String> scope,
            List<String> equipment, Staff staff, List<String> languages, int samplesPerYear,
            EligibilityView eligibility, Recognition recognition) {
    }

    record Accreditation(String standard, String body, String certificateNumber, LocalDate validUntil) {
    }

    record Staff(int analysts, String qualifications) {
    }

    /** The eligibility check's result as the assessor sees it: each criterion the laboratory does not meet. */
    record EligibilityView(Eligibility result, LocalDate checkedOn, List<String> findings) {
    }

    record Recognition(LocalDate recognisedOn, String wcoReference) {
    }

    @Transactional(readOnly = true)
    View of(String reference) {
        Laboratory laboratory = laboratories.findByReference(reference).orElseThrow();
        return new View(laboratory.getLaboratoryName(), laboratory.getLocation(),
                new Accreditation(laboratory.getAccreditationStandard(), laboratory.getAccreditationBody(),
                        laboratory.getCertificateNumber(), laboratory.getAccreditationValidUntil()),
                laboratory.getScope(), laboratory.getEquipment(),
                new Staff(laboratory.getAnalysts(), laboratory.getStaffQualifications()), laboratory.getLanguages(),
                laboratory.getSamplesPerYear(),
                laboratory.getEligibility() == null ? null : new EligibilityView(laboratory.getEligibility(),
                        laboratory.getEligibilityCheckedOn(), laboratory.getEligibilityFindings()),
                laboratory.getRecognisedOn() == null ? null
                        : new Recognition(laboratory.getRecognisedOn(), laboratory.getRecognitionReference()));
    }

    /** Each laboratory proposal is an agenda item of its own. */
    @Transactional(readOnly = true)
    String agendaHeading(Proposal proposal) {
        Laboratory laboratory = laboratories.findByReference(proposal.getReference()).orElseThrow();
        return "Regional Customs Laboratory: " + laboratory.getLaboratoryName() + " ("
                + members.nameOf(proposal.getSubmittingMember()) + ")";
    }
}
