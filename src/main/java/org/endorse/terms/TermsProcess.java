package org.endorse.terms;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.endorse.proposal.DecisionTask;
import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalKind;
import org.endorse.proposal.ProposalProcessSupport;
import org.endorse.system.ProcessVariable;
import org.endorse.security.EndorseUser;
import org.endorse.system.Texts;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * processes/terms-of-reference.bpmn: its key, element ids, messages and variables. The review and endorsement
 * are decided at meetings (see {@link org.endorse.proposal.ProposalStage}).
 */
@Component
public class TermsProcess extends ProposalProcessSupport {

    public static final String KEY = "terms-of-reference";

    public static final String USER_CHECK_SUBMISSION = "user_check_terms_submission";
    public static final String USER_AMEND_TERMS = "user_amend_terms";
    public static final String TIMER_RETURN_LAPSED = "timer_terms_return_lapsed";
    public static final String SERVICE_WITHDRAW_LAPSED = "service_withdraw_lapsed_terms";
    public static final String SERVICE_OPEN_ROUND = "service_open_circulation_round";
    public static final String USER_ANSWER_CIRCULATION = "user_answer_circulation";
    public static final String TIMER_CIRCULATION_DEADLINE = "timer_circulation_deadline";
    public static final String TIMER_CIRCULATION_REMINDER = "timer_circulation_reminder";
    public static final String SERVICE_REMIND_CONTACT_POINTS = "service_remind_contact_points";
    public static final String SERVICE_CLOSE_ROUND = "service_close_circulation_round";
    public static final String USER_REVISE_TERMS = "user_revise_terms";
    public static final String RECEIVE_CONTACT_POINT_REVIEW = "receive_terms_contact_point_review";
    public static final String RECEIVE_ENDORSEMENT_DECISION = "receive_terms_endorsement_decision";
    public static final String SERVICE_ADOPT = "service_adopt_terms";
    public static final String END_ADOPTED = "end_terms_adopted";
    public static final String END_NOT_ENDORSED = "end_terms_not_endorsed";
    public static final String END_LAPSED = "end_terms_lapsed";
    public static final String END_WITHDRAWN = "end_terms_withdrawn";

    public static final String MESSAGE_WITHDRAWAL = "TermsWithdrawalRequested";

    public static final ProcessVariable<String> VAR_CHECK_OUTCOME = ProcessVariable.of("checkOutcome", String.class);
    public static final ProcessVariable<String> VAR_ROUND_OUTCOME = ProcessVariable.of("roundOutcome", String.class);

    static final DecisionTask CHECK = DecisionTask.secretariatCheck(USER_CHECK_SUBMISSION, VAR_CHECK_OUTCOME,
            "Complete; circulated to the members");

    private final TermsService terms;

    TermsProcess(TermsDetails details, @Lazy TermsService terms) {
        super(ProposalKind.TERMS_OF_REFERENCE, KEY, USER_AMEND_TERMS, MESSAGE_WITHDRAWAL, details::agendaHeading,
                details::of);
        this.terms = terms;
    }

    @Override
    public List<String> resubmitTaskKeys() {
        return List.of(USER_AMEND_TERMS, USER_REVISE_TERMS);
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
