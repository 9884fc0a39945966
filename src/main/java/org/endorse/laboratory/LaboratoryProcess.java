package org.endorse.laboratory;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.endorse.proposal.DecisionTask;
import org.endorse.proposal.DecisionTask.Option;
import org.endorse.proposal.DecisionTask.Suggestion;
import org.endorse.proposal.ProposalCheckProcess;
import org.endorse.proposal.ProposalEventType;
import org.endorse.proposal.ProposalKind;
import org.endorse.proposal.ProposalProcessSupport;
import org.endorse.system.ProcessVariable;
import org.endorse.system.Texts;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * processes/laboratory-proposal.bpmn: its key, element ids, messages, variables, eligibility table and the
 * decisions of its tasks. It calls the shared check (twice: again after an assessment of not eligible) and the
 * review and endorsement (see {@link org.endorse.proposal.ProposalProcess}).
 */
@Component
public class LaboratoryProcess extends ProposalProcessSupport {

    public static final String KEY = "laboratory-proposal";

    public static final String RULE_CHECK_ELIGIBILITY = "rule_check_laboratory_eligibility";
    public static final String USER_ASSESS_LABORATORY = "user_assess_laboratory";
    /** The check called again after a technical assessment of not eligible, starting with the amendment. */
    public static final String CALL_AMENDMENT_AFTER_ASSESSMENT = "call_amendment_after_assessment";
    public static final String EVENT_AMENDMENT_LAPSED = "event_amendment_lapsed";
    public static final String USER_FORWARD_TO_WCO = "user_forward_to_wco_secretariat";
    public static final String USER_RECORD_RECOGNITION = "user_record_wco_recognition";
    public static final String TIMER_RECOGNITION_REMINDER = "timer_recognition_reminder";
    public static final String SERVICE_REMIND_RECOGNITION = "service_remind_recognition_awaited";
    public static final String SERVICE_DESIGNATE = "service_designate_laboratory";
    public static final String END_DESIGNATED = "end_laboratory_designated";
    public static final String END_NOT_RECOGNISED = "end_laboratory_not_recognised";
    public static final String END_NOT_ENDORSED = "end_laboratory_not_endorsed";
    public static final String END_LAPSED = "end_laboratory_proposal_lapsed";
    public static final String END_WITHDRAWN = "end_laboratory_proposal_withdrawn";
    public static final String END_REMINDER_SENT = "end_recognition_reminder_sent";

    /** processes/laboratory-eligibility.dmn, which the eligibility check evaluates. */
    public static final String DECISION_ELIGIBILITY = "laboratory-eligibility";
    /** What the eligibility table reads, as EligibilityCheck gives it. */
    public static final String INPUT_ACCREDITATION_STANDARD = "accreditationStandard";
    public static final String INPUT_ACCREDITATION_VALID_UNTIL = "accreditationValidUntil";
    public static final String INPUT_ASSESSMENT_DATE = "assessmentDate";
    public static final String INPUT_MINIMUM_ACCREDITATION_VALIDITY = "minimumAccreditationValidity";
    public static final String INPUT_SCOPE_COUNT = "scopeCount";
    public static final String INPUT_SAMPLES_PER_YEAR = "samplesPerYear";
    /** What it answers for each criterion the laboratory does not meet. */
    public static final String OUTPUT_CRITERION = "criterion";
    public static final String OUTPUT_FINDING = "finding";

    public static final String MESSAGE_WITHDRAWAL = "LaboratoryProposalWithdrawalRequested";

    public static final ProcessVariable<String> VAR_ASSESSMENT = ProcessVariable.of("assessment", String.class);
    public static final ProcessVariable<String> VAR_FORWARDING = ProcessVariable.of("forwarding", String.class);
    public static final ProcessVariable<String> VAR_RECOGNITION = ProcessVariable.of("recognition", String.class);

    static final DecisionTask CHECK = DecisionTask.secretariatCheck("Complete; on to the technical assessment");

    /** Version 1's check and amendment, which the shared check's tasks replaced. */
    static final Map<String, String> VERSION_1_TASKS = Map.of(
            "user_check_laboratory_submission", ProposalCheckProcess.USER_CHECK_SUBMISSION,
            "user_amend_laboratory_proposal", ProposalCheckProcess.USER_AMEND_PROPOSAL);


    static final DecisionTask FORWARD = new DecisionTask(USER_FORWARD_TO_WCO, VAR_FORWARDING, List.of(
            new Option("FORWARDED", ProposalEventType.FORWARDED, "Forwarded to the WCO Secretariat", false)));

    /** The technical assessment, with the eligibility check's result, kept with the laboratory, as suggestion. */
    private final DecisionTask assess;

    LaboratoryProcess(LaboratoryDetails details, LaboratoryRepository laboratories, LaboratorySettings settings) {
        super(ProposalKind.LABORATORY, KEY, MESSAGE_WITHDRAWAL, settings::returnLapseDays, details::agendaHeading,
                details::of);
        this.assess = new DecisionTask(USER_ASSESS_LABORATORY, VAR_ASSESSMENT, List.of(
                new Option(Eligibility.ELIGIBLE.name(), ProposalEventType.ASSESSED,
                        "Technical assessment: eligible; on to the contact points", false),
                new Option(Eligibility.NOT_ELIGIBLE.name(), ProposalEventType.RETURNED,
                        "Technical assessment: not eligible; returned for amendment", false)),
                new Suggestion(reference -> laboratories.findByReference(reference).map(Laboratory::getEligibility)
                        .map(Eligibility::name), Texts.of("error.task.source.eligibilityCheck")));
    }

    @Override
    public Map<String, String> version1Tasks() {
        return VERSION_1_TASKS;
    }

    @Override
    public List<DecisionTask> decisionTasks() {
        return List.of(CHECK, assess, FORWARD);
    }

    @Override
    public Map<String, Function<String, MessageSourceResolvable>> tasksCompletedElsewhere() {
        return Map.of(USER_RECORD_RECOGNITION, reference -> Texts.of("error.task.elsewhere.recognition", reference,
                "{\"outcome\": \"RECOGNISED\" or \"NOT_RECOGNISED\", \"decidedOn\": ..., \"wcoReference\": ...}"));
    }

}
