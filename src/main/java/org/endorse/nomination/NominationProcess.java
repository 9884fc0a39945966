package org.endorse.nomination;

import java.util.List;

import org.endorse.proposal.DecisionTask;
import org.endorse.proposal.ProposalKind;
import org.endorse.proposal.ProposalProcessSupport;
import org.endorse.system.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * processes/regional-nomination.bpmn: its key, element ids, messages and the decisions of its tasks. The
 * review and endorsement are decided at meetings (see {@link org.endorse.proposal.ProposalStage}).
 */
@Component
public class NominationProcess extends ProposalProcessSupport {

    public static final String KEY = "regional-nomination";

    public static final String USER_CHECK_SUBMISSION = "user_check_submission";
    public static final String USER_AMEND_NOMINATION = "user_amend_nomination";
    public static final String RECEIVE_CONTACT_POINT_REVIEW = "receive_contact_point_review";
    public static final String RECEIVE_ENDORSEMENT_DECISION = "receive_endorsement_decision";
    public static final String TIMER_RETURN_LAPSED = "timer_return_lapsed";
    public static final String SERVICE_CLOSE_COMPETING = "service_close_competing_nominations";
    public static final String END_ENDORSED = "end_nomination_endorsed";
    public static final String END_NOT_ENDORSED = "end_nomination_not_endorsed";
    public static final String END_LAPSED = "end_nomination_lapsed";
    public static final String END_WITHDRAWN = "end_nomination_withdrawn";
    public static final String END_CLOSED_BY_COMPETITOR = "end_closed_by_competitor";

    public static final String MESSAGE_WITHDRAWAL = "NominationWithdrawalRequested";
    public static final String MESSAGE_COMPETITOR_ENDORSED = "CompetingNominationEndorsed";

    public static final ProcessVariable<String> VAR_CHECK_OUTCOME = ProcessVariable.of("checkOutcome", String.class);

    static final DecisionTask CHECK = DecisionTask.secretariatCheck(USER_CHECK_SUBMISSION, VAR_CHECK_OUTCOME,
            "Complete and eligible");

    NominationProcess(NominationDetails details) {
        super(ProposalKind.NOMINATION, KEY, USER_AMEND_NOMINATION, MESSAGE_WITHDRAWAL, details::agendaHeading,
                details::of);
    }

    @Override
    public List<DecisionTask> decisionTasks() {
        return List.of(CHECK);
    }

}
