package org.endorse.nomination;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.endorse.proposal.DecisionTask;
import org.endorse.proposal.ProposalCheckProcess;
import org.endorse.proposal.ProposalKind;
import org.endorse.proposal.ProposalProcessSupport;
import org.endorse.system.ProcessVariable;
import org.endorse.system.Texts;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * processes/regional-nomination.bpmn: its key, element ids, messages and the wording of its check. It calls the
 * shared check and the review and endorsement (see {@link org.endorse.proposal.ProposalProcess}).
 */
@Component
public class NominationProcess extends ProposalProcessSupport {

    public static final String KEY = "regional-nomination";

    public static final String SERVICE_CLOSE_COMPETING = "service_close_competing_nominations";
    public static final String XOR_ELECTION_FOLLOWS = "xor_election_follows";
    public static final String SERVICE_TAKE_SEAT = "service_take_seat";
    public static final String USER_RECORD_ELECTION = "user_record_election";
    public static final String SERVICE_TAKE_ELECTED_SEAT = "service_take_elected_seat";
    public static final String END_ENDORSED = "end_nomination_endorsed";
    public static final String END_ELECTED = "end_nomination_elected";
    public static final String END_NOT_ELECTED = "end_nomination_not_elected";
    public static final String END_NOT_ENDORSED = "end_nomination_not_endorsed";
    public static final String END_LAPSED = "end_nomination_lapsed";
    public static final String END_WITHDRAWN = "end_nomination_withdrawn";
    public static final String END_CLOSED_BY_COMPETITOR = "end_closed_by_competitor";

    public static final String MESSAGE_WITHDRAWAL = "NominationWithdrawalRequested";
    public static final String MESSAGE_COMPETITOR_ENDORSED = "CompetingNominationEndorsed";

    /** The WCO body's election, as the secretariat records it: ELECTED or NOT_ELECTED. */
    public static final ProcessVariable<String> VAR_ELECTION = ProcessVariable.of("election", String.class);

    static final DecisionTask CHECK = DecisionTask.secretariatCheck("Complete and eligible");

    /** Version 1's amendment task; its check had the shared check's id already. */
    static final Map<String, String> VERSION_1_TASKS = Map.of("user_amend_nomination",
            ProposalCheckProcess.USER_AMEND_PROPOSAL);

    NominationProcess(NominationDetails details, NominationSettings settings) {
        super(ProposalKind.NOMINATION, KEY, MESSAGE_WITHDRAWAL, settings::returnLapseDays, details::agendaHeading,
                details::of);
    }

    @Override
    public Map<String, String> version1Tasks() {
        return VERSION_1_TASKS;
    }

    @Override
    public List<DecisionTask> decisionTasks() {
        return List.of(CHECK);
    }

    @Override
    public Map<String, Function<String, MessageSourceResolvable>> tasksCompletedElsewhere() {
        return Map.of(USER_RECORD_ELECTION, reference -> Texts.of("error.task.elsewhere.election", reference,
                "{\"outcome\": \"ELECTED\" or \"NOT_ELECTED\", \"session\": ..., \"decidedOn\": ...}"));
    }

}
