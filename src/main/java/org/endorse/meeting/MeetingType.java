package org.endorse.meeting;

import java.util.List;

import org.endorse.proposal.ProposalStage;

/** The region's decision-making meetings and the stages of proposals each decides. */
public enum MeetingType {
    CONTACT_POINTS_MEETING("Regional Contact Points Meeting", "The Meeting", List.of(ProposalStage.REVIEW)),
    HEADS_OF_CUSTOMS_CONFERENCE("Regional Heads of Customs Administrative Conference", "The Conference",
            List.of(ProposalStage.ENDORSEMENT)),
    /** Both bodies at once, as in November 2020: an item is reviewed, then endorsed, in one meeting. */
    JOINT_SESSION("Joint Session of the Regional Heads of Customs Administrative Conference and Regional Contact"
            + " Points Meeting", "The Joint Session", List.of(ProposalStage.REVIEW, ProposalStage.ENDORSEMENT));

    private final String label;
    private final String body;
    private final List<ProposalStage> stages;

    MeetingType(String label, String body, List<ProposalStage> stages) {
        this.label = label;
        this.body = body;
        this.stages = stages;
    }

    public String label() {
        return label;
    }

    /** How the record of decisions names the meeting: "The Conference endorsed ...". */
    public String body() {
        return body;
    }

    public List<ProposalStage> stages() {
        return stages;
    }
}
