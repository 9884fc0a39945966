package org.endorse.proposal;

import java.util.Arrays;
import java.util.List;

/**
 * What a meeting decides on a proposal. The names are the values the BPMN gateways test: the contact points
 * RECOMMEND, DO_NOT_RECOMMEND or DEFER; the heads of Customs have it ENDORSED, NOT_ENDORSED or DEFERRED.
 */
public enum MeetingDecision {
    RECOMMEND(ProposalStage.REVIEW, ProposalEventType.REVIEWED, "Recommended to the heads of Customs", "recommended"),
    DO_NOT_RECOMMEND(ProposalStage.REVIEW, ProposalEventType.REVIEWED, "Not recommended to the heads of Customs",
            "did not recommend"),
    DEFER(ProposalStage.REVIEW, ProposalEventType.DEFERRED, "Review deferred to a later meeting", "deferred its review of"),
    ENDORSED(ProposalStage.ENDORSEMENT, ProposalEventType.ENDORSED, "Endorsed", "endorsed"),
    NOT_ENDORSED(ProposalStage.ENDORSEMENT, ProposalEventType.NOT_ENDORSED, "Not endorsed", "did not endorse"),
    DEFERRED(ProposalStage.ENDORSEMENT, ProposalEventType.DEFERRED, "Endorsement deferred to a later meeting",
            "deferred its decision on");

    private final ProposalStage stage;
    private final ProposalEventType event;
    private final String summary;
    private final String verb;

    MeetingDecision(ProposalStage stage, ProposalEventType event, String summary, String verb) {
        this.stage = stage;
        this.event = event;
        this.summary = summary;
        this.verb = verb;
    }

    public ProposalStage stage() {
        return stage;
    }

    public ProposalEventType event() {
        return event;
    }

    public String summary() {
        return summary;
    }

    /** How a record of decisions words it: "The Conference endorsed ...". */
    public String verb() {
        return verb;
    }

    public boolean defers() {
        return this == DEFER || this == DEFERRED;
    }

    public static List<MeetingDecision> of(ProposalStage stage) {
        return Arrays.stream(values()).filter(decision -> decision.stage == stage).toList();
    }
}
