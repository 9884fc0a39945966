package org.endorse.laboratory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of processes/laboratory-eligibility.dmn one by one, on Camunda's DMN engine: each rule fires for
 * the one criterion it stands for and no other, and a laboratory meeting every criterion is eligible.
 */
class LaboratoryEligibilityDecisionTest {

    static final LocalDate ASSESSED_ON = LocalDate.of(2026, 11, 23);

    static DmnEngine engine;
    static DmnDecision decision;

    @BeforeAll
    static void parseTable() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream table = Files.newInputStream(Path.of("processes/laboratory-eligibility.dmn"))) {
            decision = engine.parseDecision(LaboratoryProcess.DECISION_ELIGIBILITY, table);
        }
    }

    @Test
    void laboratoryMeetingEveryCriterionIsEligible() {
        assertThat(criteriaNotMet(eligible())).isEmpty();
    }

    @Test
    void laboratoryAccreditedToAnotherStandardIsNotEligible() {
        assertThat(criteriaNotMet(eligible().putValue("accreditationStandard", "ISO 9001:2015")))
                .containsExactly("ACCREDITATION_STANDARD");
    }

    @Test
    void anyEditionOfIso17025IsAccepted() {
        assertThat(criteriaNotMet(eligible().putValue("accreditationStandard", "ISO/IEC 17025:2005"))).isEmpty();
    }

    @Test
    void accreditationExpiredBeforeTheAssessmentIsNotValid() {
        assertThat(criteriaNotMet(eligible().putValue("accreditationValidUntil", ASSESSED_ON.minusDays(1))))
                .containsExactly("ACCREDITATION_EXPIRED");
    }

    @Test
    void accreditationRunningOutWithinTheRequiredTimeIsNotEnough() {
        assertThat(criteriaNotMet(eligible().putValue("accreditationValidUntil", ASSESSED_ON.plusMonths(12).minusDays(1))))
                .containsExactly("ACCREDITATION_EXPIRES_SOON");
        assertThat(criteriaNotMet(eligible().putValue("accreditationValidUntil", ASSESSED_ON)))
                .as("valid on the day itself, but not a day longer").containsExactly("ACCREDITATION_EXPIRES_SOON");
    }

    @Test
    void accreditationValidForExactlyTheRequiredTimeIsEnough() {
        assertThat(criteriaNotMet(eligible().putValue("accreditationValidUntil", ASSESSED_ON.plusMonths(12)))).isEmpty();
    }

    @Test
    void requiredTimeIsASetting() {
        VariableMap sixMonths = eligible().putValue("minimumAccreditationValidity", "P6M")
                .putValue("accreditationValidUntil", ASSESSED_ON.plusMonths(7));
        assertThat(criteriaNotMet(sixMonths)).isEmpty();
    }

    @Test
    void laboratoryOfferingNoAnalysesIsNotEligible() {
        assertThat(criteriaNotMet(eligible().putValue("scopeCount", 0))).containsExactly("SCOPE_MISSING");
    }

    @Test
    void laboratoryOfferingNoCapacityToOtherMembersIsNotEligible() {
        assertThat(criteriaNotMet(eligible().putValue("samplesPerYear", 0))).containsExactly("NO_CAPACITY");
    }

    @Test
    void everyCriterionNotMetIsReportedAtOnce() {
        VariableMap failing = eligible().putValue("accreditationStandard", "ISO 9001")
                .putValue("accreditationValidUntil", ASSESSED_ON.minusYears(1)).putValue("scopeCount", 0)
                .putValue("samplesPerYear", 0);
        assertThat(criteriaNotMet(failing)).containsExactlyInAnyOrder("ACCREDITATION_STANDARD", "ACCREDITATION_EXPIRED",
                "SCOPE_MISSING", "NO_CAPACITY");
    }

    @Test
    void everyFindingIsASentenceForTheAssessor() {
        VariableMap failing = eligible().putValue("samplesPerYear", 0);
        assertThat(engine.evaluateDecisionTable(decision, failing).getSingleResult().<String>getEntry("finding"))
                .isEqualTo("No capacity to analyse samples of other members is offered.");
    }

    private static VariableMap eligible() {
        return Variables.createVariables().putValue("accreditationStandard", "ISO/IEC 17025:2017")
                .putValue("accreditationValidUntil", ASSESSED_ON.plusYears(3)).putValue("assessmentDate", ASSESSED_ON)
                .putValue("minimumAccreditationValidity", "P12M").putValue("scopeCount", 3)
                .putValue("samplesPerYear", 500);
    }

    private static List<String> criteriaNotMet(VariableMap variables) {
        return engine.evaluateDecisionTable(decision, variables).collectEntries("criterion");
    }
}
