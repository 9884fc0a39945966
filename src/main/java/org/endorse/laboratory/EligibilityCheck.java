package org.endorse.laboratory;

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
        DmnDecisionResult result = decisions.evaluateDecisionByKey(LaboratoryProcess.DECISION_ELIGIBILITY)
                .variables(Variables.createVariables()
                        .putValue("accreditationStandard", laboratory.getAccreditationStandard())
                        .putValue("accreditationValidUntil", laboratory.getAccreditationValidUntil())
                        .putValue("assessmentDate", assessmentDate)
                        .putValue("minimumAccreditationValidity", settings.minimumAccreditationValidity().toString())
                        .putValue("scopeCount", laboratory.getScope().size())
                        .putValue("samplesPerYear", laboratory.getSamplesPerYear()))
                .evaluate();
        List<Finding> findings = result.getResultList().stream()
                .map(row -> new Finding((String) row.get("criterion"), (String) row.get("finding"))).toList();
        return new Result(findings.isEmpty() ? Eligibility.ELIGIBLE : Eligibility.NOT_ELIGIBLE, findings);
    }
}
