package org.endorse.laboratory;

import static org.endorse.laboratory.LaboratoryProcess.DECISION_ELIGIBILITY;
import static org.endorse.laboratory.LaboratoryProcess.INPUT_ACCREDITATION_STANDARD;
import static org.endorse.laboratory.LaboratoryProcess.INPUT_ACCREDITATION_VALID_UNTIL;
import static org.endorse.laboratory.LaboratoryProcess.INPUT_ASSESSMENT_DATE;
import static org.endorse.laboratory.LaboratoryProcess.INPUT_MINIMUM_ACCREDITATION_VALIDITY;
import static org.endorse.laboratory.LaboratoryProcess.INPUT_SAMPLES_PER_YEAR;
import static org.endorse.laboratory.LaboratoryProcess.INPUT_SCOPE_COUNT;
import static org.endorse.laboratory.LaboratoryProcess.OUTPUT_CRITERION;
import static org.endorse.laboratory.LaboratoryProcess.OUTPUT_FINDING;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Evaluates processes/laboratory-eligibility.dmn for a laboratory on a given day. Each matching rule is a
 * criterion the laboratory fails; the engine keeps every evaluation in its history (Cockpit shows them).
 */
@Component
class EligibilityCheck {

    private final DecisionService decisions;
    private final LaboratorySettings settings;

    EligibilityCheck(DecisionService decisions, LaboratorySettings settings) {
        this.decisions = decisions;
        this.settings = settings;
    }

    record Result(Eligibility eligibility, List<Finding> findings) {
    }

    record Finding(String criterion, String finding) {
    }

    Result evaluate(Laboratory laboratory, LocalDate assessmentDate) {
        DmnDecisionResult result = decisions.evaluateDecisionByKey(DECISION_ELIGIBILITY)
                .variables(Variables.createVariables()
                        .putValue(INPUT_ACCREDITATION_STANDARD, laboratory.getAccreditationStandard())
                        .putValue(INPUT_ACCREDITATION_VALID_UNTIL, laboratory.getAccreditationValidUntil())
                        .putValue(INPUT_ASSESSMENT_DATE, assessmentDate)
                        .putValue(INPUT_MINIMUM_ACCREDITATION_VALIDITY, settings.minimumAccreditationValidity().toString())
                        .putValue(INPUT_SCOPE_COUNT, laboratory.getScope().size())
                        .putValue(INPUT_SAMPLES_PER_YEAR, laboratory.getSamplesPerYear()))
                .evaluate();
        List<Finding> findings = result.getResultList().stream()
                .map(row -> new Finding((String) row.get(OUTPUT_CRITERION), (String) row.get(OUTPUT_FINDING)))
                .toList();
        return new Result(findings.isEmpty() ? Eligibility.ELIGIBLE : Eligibility.NOT_ELIGIBLE, findings);
    }
}
