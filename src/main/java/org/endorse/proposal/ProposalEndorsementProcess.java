package org.endorse.proposal;

import org.endorse.system.ProcessVariable;

/**
 * processes/proposal-endorsement.bpmn: the contact points' review and the heads of Customs' endorsement, which
 * every kind's process calls as {@link ProposalProcess#CALL_ENDORSEMENT}. Meetings' decisions arrive at its
 * receive tasks as messages (see {@link ProposalStage}); it hands the endorsement back to its caller.
 */
public final class ProposalEndorsementProcess {

    public static final String KEY = "proposal-endorsement";

    public static final String RECEIVE_CONTACT_POINT_REVIEW = "receive_contact_point_review";
    public static final String RECEIVE_ENDORSEMENT_DECISION = "receive_endorsement_decision";
    /** The secretariat places the proposal directly before the heads of Customs: the review is skipped. */
    public static final String EVENT_PLACED_BEFORE_HEADS = "event_placed_before_heads";
    public static final String END_ENDORSED = "end_endorsed";
    public static final String END_NOT_ENDORSED = "end_not_endorsed";

    /** A meeting's decision on the contact points' review, with {@link #VAR_RECOMMENDATION}. */
    public static final String MESSAGE_REVIEW_DECIDED = "ContactPointReviewDecided";
    /** Ends the wait for the contact points' review: the proposal goes to the heads of Customs. */
    public static final String MESSAGE_PLACED_BEFORE_HEADS = "PlacedBeforeHeadsOfCustoms";
    /** The heads of Customs' decision at a meeting, with {@link #VAR_ENDORSEMENT}. */
    public static final String MESSAGE_ENDORSEMENT_DECIDED = "EndorsementDecided";

    public static final ProcessVariable<String> VAR_RECOMMENDATION =
            ProcessVariable.of("recommendation", String.class);
    /** The heads of Customs' decision, ENDORSED or NOT_ENDORSED when the process ends; its caller reads it. */
    public static final ProcessVariable<String> VAR_ENDORSEMENT = ProcessVariable.of("endorsement", String.class);

    private ProposalEndorsementProcess() {
    }
}
