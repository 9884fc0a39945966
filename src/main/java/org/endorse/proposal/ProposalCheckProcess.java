package org.endorse.proposal;

import org.endorse.system.ProcessVariable;

/**
 * processes/proposal-check.bpmn: the secretariat's check with return for amendment and lapse, which every kind's
 * process calls as {@link ProposalProcess#CALL_CHECK}. Its tasks carry the proposal's reference as business key,
 * like the caller's.
 */
public final class ProposalCheckProcess {

    public static final String KEY = "proposal-check";

    public static final String USER_CHECK_SUBMISSION = "user_check_submission";
    public static final String USER_AMEND_PROPOSAL = "user_amend_proposal";
    public static final String TIMER_RETURN_LAPSED = "timer_return_lapsed";
    public static final String SERVICE_RECORD_LAPSED_RETURN = "service_record_lapsed_return";
    public static final String END_SUBMISSION_COMPLETE = "end_submission_complete";
    public static final String END_RETURN_LAPSED = "end_return_lapsed";

    /** The secretariat's decision at {@link #USER_CHECK_SUBMISSION}: COMPLETE or RETURN. */
    public static final ProcessVariable<String> VAR_CHECK_OUTCOME = ProcessVariable.of("checkOutcome", String.class);
    /** Input: the group that amends a returned proposal (see {@link ProposalProcess#VAR_MEMBER_GROUP}). */
    public static final ProcessVariable<String> VAR_MEMBER_GROUP = ProposalProcess.VAR_MEMBER_GROUP;
    /** Input: how long a return waits for the amendment before it lapses, an ISO 8601 duration of the kind's. */
    public static final ProcessVariable<String> VAR_RETURN_LAPSE_PERIOD =
            ProcessVariable.of("returnLapsePeriod", String.class);
    /** Input: true when a step of the caller has returned the proposal, so the drafter amends before the check. */
    public static final ProcessVariable<Boolean> VAR_START_WITH_AMENDMENT =
            ProcessVariable.of("startWithAmendment", Boolean.class);

    private ProposalCheckProcess() {
    }
}
