package org.endorse.terms;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.endorse.proposal.DecisionTask;
import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalCheckProcess;
import org.endorse.proposal.ProposalKind;
import org.endorse.proposal.ProposalProcessSupport;
import org.endorse.system.ProcessVariable;
import org.endorse.security.EndorseUser;
import org.endorse.system.Texts;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * processes/terms-of-reference.bpmn: its key, element ids, messages and variables. It calls the shared check
 * and the review and endorsement (see {@link org.endorse.proposal.ProposalProcess}).
 */
@Component
public class TermsProcess extends ProposalProcessSupport {

    public static final String KEY = "terms-of-reference";

    public static final String SERVICE_OPEN_ROUND = "service_open_circulation_round";
    public static final String USER_ANSWER_CIRCULATION = "user_answer_circulation";
    public static final String TIMER_CIRCULATION_DEADLINE = "timer_circulation_deadline";
    public static final String TIMER_CIRCULATION_REMINDER = "timer_circulation_reminder";
    public static final String SERVICE_REMIND_CONTACT_POINTS = "service_remind_contact_points";
    public static final String SERVICE_CLOSE_ROUND = "service_close_circulation_round";
    public static final String USER_REVISE_TERMS = "user_revise_terms";
    public static final String SERVICE_ADOPT = "service_adopt_terms";
    public static final String END_ADOPTED = "end_terms_adopted";
    public static final String END_NOT_ENDORSED = "end_terms_not_endorsed";
    public static final String END_LAPSED = "end_terms_lapsed";
    public static final String END_WITHDRAWN = "end_terms_withdrawn";

    public static final String MESSAGE_WITHDRAWAL = "TermsWithdrawalRequested";

    public static final ProcessVariable<String> VAR_ROUND_OUTCOME = ProcessVariable.of("roundOutcome", String.class);

    static final DecisionTask CHECK = DecisionTask.secretariatCheck("Complete; circulated to the members");

    /** Version 1's check and amendment, which the shared check's tasks replaced. */
    static final Map<String, String> VERSION_1_TASKS = Map.of(
            "user_check_terms_submission", ProposalCheckProcess.USER_CHECK_SUBMISSION,
            "user_amend_terms", ProposalCheckProcess.USER_AMEND_PROPOSAL);

    private final TermsService terms;

    TermsProcess(TermsDetails details, TermsSettings settings, @Lazy TermsService terms) {
        super(ProposalKind.TERMS_OF_REFERENCE, KEY, MESSAGE_WITHDRAWAL, settings::returnLapseDays,
                details::agendaHeading, details::of);
        this.terms = terms;
    }

    @Override
    public List<String> resubmitTaskKeys() {
        return List.of(ProposalCheckProcess.USER_AMEND_PROPOSAL, USER_REVISE_TERMS);
    }

    @Override
    public Map<String, String> version1Tasks() {
        return VERSION_1_TASKS;
    }

    @Override
    public String onSubmit(Proposal proposal, EndorseUser user) {
        return terms.freezeVersion(proposal.getReference(), user);
    }

    @Override
    public List<DecisionTask> decisionTasks() {
        return List.of(CHECK);
    }

    @Override
    public Map<String, Function<String, MessageSourceResolvable>> tasksCompletedElsewhere() {
        return Map.of(USER_ANSWER_CIRCULATION, reference -> Texts.of("error.task.elsewhere.answer", reference,
                "{\"answer\": \"NO_OBJECTION\", \"COMMENTS\" or \"OBJECTION\", \"comment\": ...}"));
    }

}
