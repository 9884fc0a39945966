package org.endorse.proposal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.endorse.security.EndorseUser;
import org.endorse.system.ProcessVariable;
import org.springframework.context.MessageSourceResolvable;

/**
 * What the proposal capability needs to know of a kind's BPMN process. Each kind's capability (nomination,
 * laboratory, terms) provides one as a bean. Every kind's model calls the same two processes, with the same
 * element ids: the secretariat's check ({@link ProposalCheckProcess}) and the review and endorsement
 * ({@link ProposalEndorsementProcess}); it keeps only the steps of its own.
 */
public interface ProposalProcess {

    /** The call of processes/proposal-check.bpmn, where the proposal goes first. */
    String CALL_CHECK = "call_proposal_check";
    /** Where a return that lapsed in the check ends the kind's process, with the error the check throws. */
    String EVENT_RETURN_LAPSED = "event_return_lapsed";
    /** The call of processes/proposal-endorsement.bpmn, once the kind's own steps are done. */
    String CALL_ENDORSEMENT = "call_proposal_endorsement";

    /**
     * The Camunda group that drafted the proposal, candidate for its amendment tasks: the submitting member
     * administration's, or the secretariat's for a ToR it drafted. Passed on to the check.
     */
    ProcessVariable<String> VAR_MEMBER_GROUP = ProcessVariable.of("memberGroup", String.class);
    /** The heads of Customs' decision, handed back by the review and endorsement. */
    ProcessVariable<String> VAR_ENDORSEMENT = ProposalEndorsementProcess.VAR_ENDORSEMENT;

    ProposalKind kind();

    String processKey();

    /** How many days a return for amendment waits before it lapses, as the kind's model passes it to the check. */
    long returnLapseDays();

    /** Every user task that resubmitting the proposal completes: the amendment, and any revision of the kind. */
    default List<String> resubmitTaskKeys() {
        return List.of(ProposalCheckProcess.USER_AMEND_PROPOSAL);
    }

    /**
     * The tasks of version 1 of the kind's model, before it called the shared check, each with the task that took
     * its place. Instances started on that version finish on it (Camunda cannot migrate a waiting task into a
     * called process); README says how to see in Cockpit that none is left, after which this can go.
     */
    default Map<String, String> version1Tasks() {
        return Map.of();
    }

    /**
     * Called as the drafter submits or resubmits, before the process moves on; may return a note for the
     * timeline (such as the version the submission makes).
     */
    default String onSubmit(Proposal proposal, EndorseUser user) {
        return null;
    }

    /** The message that withdraws a running process at the member's request. */
    String withdrawalMessage();

    /** The tasks completed with a decision, the secretariat's check among them with the kind's own wording. */
    List<DecisionTask> decisionTasks();

    /**
     * User tasks completed through an endpoint of the kind's own capability rather than with a decision,
     * each with how to complete it, given the proposal's reference.
     */
    default Map<String, Function<String, MessageSourceResolvable>> tasksCompletedElsewhere() {
        return Map.of();
    }

    /** The heading the proposal goes under on a meeting's agenda; proposals decided together share it. */
    String agendaHeading(Proposal proposal);

    /** The kind-specific details shown with the proposal. */
    Object details(Proposal proposal);
}
