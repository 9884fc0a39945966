package org.endorse.meeting;

import java.util.List;

import org.endorse.proposal.ProposalStage;
import org.endorse.system.Texts;
import org.springframework.context.MessageSourceResolvable;

/** The region's decision-making meetings and the stages of proposals each decides. */
public enum MeetingType {
    CONTACT_POINTS_MEETING(List.of(ProposalStage.REVIEW)),
    HEADS_OF_CUSTOMS_CONFERENCE(List.of(ProposalStage.ENDORSEMENT)),
    /** Both bodies at once, as in November 2020: an item is reviewed, then endorsed, in one meeting. */
    JOINT_SESSION(List.of(ProposalStage.REVIEW, ProposalStage.ENDORSEMENT));

    private final List<ProposalStage> stages;

    MeetingType(List<ProposalStage> stages) {
        this.stages = stages;
    }

    /** In English, as records and timelines name it; readers see meeting.type.X in their own language. */
    public String label() {
        return Texts.english(labelText());
    }

    public MessageSourceResolvable labelText() {
        return Texts.of("meeting.type." + name());
    }

    /** How the record of decisions names the meeting: "The Conference endorsed ...". */
    public String body() {
        return Texts.english("meeting.body." + name());
    }

    public List<ProposalStage> stages() {
        return stages;
    }
}
