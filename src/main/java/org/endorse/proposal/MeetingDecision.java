package org.endorse.proposal;

import java.util.Arrays;
import java.util.List;

import org.endorse.system.Texts;

/**
 * What a meeting decides on a proposal. The names are the values the BPMN gateways test: the contact points
 * RECOMMEND, DO_NOT_RECOMMEND or DEFER; the heads of Customs have it ENDORSED, NOT_ENDORSED or DEFERRED.
 */
public enum MeetingDecision {
    RECOMMEND(ProposalStage.REVIEW, ProposalEventType.REVIEWED),
    DO_NOT_RECOMMEND(ProposalStage.REVIEW, ProposalEventType.REVIEWED),
    DEFER(ProposalStage.REVIEW, ProposalEventType.DEFERRED),
    ENDORSED(ProposalStage.ENDORSEMENT, ProposalEventType.ENDORSED),
    NOT_ENDORSED(ProposalStage.ENDORSEMENT, ProposalEventType.NOT_ENDORSED),
    DEFERRED(ProposalStage.ENDORSEMENT, ProposalEventType.DEFERRED);

    private final ProposalStage stage;
    private final ProposalEventType event;

    MeetingDecision(ProposalStage stage, ProposalEventType event) {
        this.stage = stage;
        this.event = event;
    }

    public ProposalStage stage() {
        return stage;
    }

    public ProposalEventType event() {
        return event;
    }

    /** In English, as the timeline records it; readers see decision.X in their own language. */
    public String summary() {
        return Texts.english("decision." + name());
    }

    /** How a record of decisions words it: "The Conference endorsed ...". */
    public String verb() {
        return Texts.english("decision." + name() + ".verb");
    }

    public boolean defers() {
        return this == DEFER || this == DEFERRED;
    }

    public static List<MeetingDecision> of(ProposalStage stage) {
        return Arrays.stream(values()).filter(decision -> decision.stage == stage).toList();
    }
}
