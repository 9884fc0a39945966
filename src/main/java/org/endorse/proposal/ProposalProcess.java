package org.endorse.proposal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.endorse.system.ProcessVariable;
import org.springframework.context.MessageSourceResolvable;

/**
 * What the proposal capability needs to know of a kind's BPMN process. Each kind's capability (nomination,
 * laboratory, terms) provides one as a bean. The messages and variables here are the same in every kind's model.
 */
public interface ProposalProcess {

    /** A meeting's decision on the contact points' review, with {@link #VAR_RECOMMENDATION}. */
    String MESSAGE_REVIEW_DECIDED = "ContactPointReviewDecided";
    /** The heads of Customs' decision at a meeting, with {@link #VAR_ENDORSEMENT}. */
    String MESSAGE_ENDORSEMENT_DECIDED = "EndorsementDecided";

    ProcessVariable<String> VAR_RECOMMENDATION = ProcessVariable.of("recommendation", String.class);
    ProcessVariable<String> VAR_ENDORSEMENT = ProcessVariable.of("endorsement", String.class);
    /**
     * The Camunda group that drafted the proposal, candidate for its amendment tasks: the submitting member
     * administration's, or the secretariat's for a ToR it drafted.
     */
    ProcessVariable<String> VAR_MEMBER_GROUP = ProcessVariable.of("memberGroup", String.class);

    ProposalKind kind();

    String processKey();

    /** The user task where the member amends a returned proposal; resubmitting completes it. */
    String amendTaskKey();

    /** Every user task that resubmitting the proposal completes: the amendment, and any revision. */
    default List<String> resubmitTaskKeys() {
        return List.of(amendTaskKey());
    }

    /**
     * Called as the drafter submits or resubmits, before the process moves on; may return a note for the
     * timeline (such as the version the submission makes).
     */
    default String onSubmit(Proposal proposal, org.endorse.security.EndorseUser user) {
        return null;
    }

    /** The message that withdraws a running process at the member's request. */
    String withdrawalMessage();

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
