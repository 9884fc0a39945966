package org.endorse.proposal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.endorse.system.Texts;

/**
 * What a meeting decides on a proposal at a stage, named as its outcome: the contact points have it RECOMMENDED,
 * NOT_RECOMMENDED or DEFERRED; the heads of Customs have it ENDORSED, NOT_ENDORSED or DEFERRED. The names are the
 * values the gateways of processes/proposal-endorsement.bpmn test. A deferral is one decision at either stage,
 * worded for the stage it is taken at.
 */
public enum MeetingDecision {
    RECOMMENDED(ProposalStage.REVIEW, ProposalEventType.REVIEWED),
    NOT_RECOMMENDED(ProposalStage.REVIEW, ProposalEventType.REVIEWED),
    ENDORSED(ProposalStage.ENDORSEMENT, ProposalEventType.ENDORSED),
    NOT_ENDORSED(ProposalStage.ENDORSEMENT, ProposalEventType.NOT_ENDORSED),
    DEFERRED(null, ProposalEventType.DEFERRED);

    /** The one stage this decision is taken at; none for a deferral, taken at either. */
    private final ProposalStage stage;
    private final ProposalEventType event;

    MeetingDecision(ProposalStage stage, ProposalEventType event) {
        this.stage = stage;
        this.event = event;
    }

    /** The stage this decision can only be taken at; empty for a deferral. */
    public Optional<ProposalStage> stage() {
        return Optional.ofNullable(stage);
    }

    public boolean isTakenAt(ProposalStage at) {
        return stage == null || stage == at;
    }

    public ProposalEventType event() {
        return event;
    }

    /** The message key of its wording at the stage: decision.REVIEW.DEFERRED, and .verb, .option after it. */
    public String textKey(ProposalStage at) {
        return "decision." + at.name() + "." + name();
    }

    /** In English, as the timeline records it; readers see the same key in their own language. */
    public String summary(ProposalStage at) {
        return Texts.english(textKey(at));
    }

    /** How a record of decisions words it: "The Conference endorsed ...". */
    public String verb(ProposalStage at) {
        return Texts.english(textKey(at) + ".verb");
    }

    public boolean defers() {
        return this == DEFERRED;
    }

    /** The decisions a meeting can take at the stage, in the order the chair is offered them. */
    public static List<MeetingDecision> of(ProposalStage stage) {
        return Arrays.stream(values()).filter(decision -> decision.isTakenAt(stage)).toList();
    }
}
