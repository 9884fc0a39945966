package org.endorse.laboratory;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.endorse.TestUsers;
import org.endorse.proposal.MeetingDecision;
import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalService;
import org.endorse.proposal.ProposalTasks;
import org.springframework.stereotype.Component;

/** Laboratory proposals brought to the stage a test needs, through the real services. */
@Component
public class LaboratoryFixtures {

    private final LaboratoryService laboratories;
    private final ProposalService proposals;
    private final ProposalTasks tasks;
    private final TaskService taskService;

    LaboratoryFixtures(LaboratoryService laboratories, ProposalService proposals, ProposalTasks tasks,
            TaskService taskService) {
        this.laboratories = laboratories;
        this.proposals = proposals;
        this.tasks = tasks;
        this.taskService = taskService;
    }

    /** A proposal for the Shanghai laboratory of China Customs that meets every criterion of the region. */
    static LaboratoryRequest request(String member, LocalDate accreditationValidUntil) {
        return new LaboratoryRequest("Shanghai Customs Laboratory as Regional Customs Laboratory", member,
                "Shanghai Customs Technical Center Laboratory", "Shanghai, China",
                new LaboratoryRequest.Accreditation("ISO/IEC 17025:2017", "CNAS", "CNAS L0359",
                        accreditationValidUntil),
                List.of("Tariff classification of HS chapters 27 to 40 (oils, chemicals, plastics)",
                        "Textile fibre identification (HS chapters 50 to 63)"),
                List.of("FTIR spectrometer", "GC-MS"), new LaboratoryRequest.Staff(12, "Chemists and textile engineers"),
                List.of("English", "Chinese"), 400);
    }

    public String submitted(String member, LocalDate accreditationValidUntil) {
        Proposal draft = proposals.draft(TestUsers.MEMBER, laboratories, request(member, accreditationValidUntil));
        proposals.submit(TestUsers.MEMBER, draft.getReference());
        return draft.getReference();
    }

    /** Checked by the secretariat and assessed eligible: waiting for the contact points' review. */
    public String waitingForReview(String member) {
        String reference = submitted(member, LocalDate.of(2031, 12, 31));
        complete(reference, TestUsers.SECRETARIAT, "COMPLETE", null);
        complete(reference, TestUsers.ASSESSOR, "ELIGIBLE", null);
        return reference;
    }

    /** Checked by the secretariat: waiting for the assessor, with the eligibility table's suggestion. */
    public String waitingForAssessment(String member, LocalDate accreditationValidUntil) {
        String reference = submitted(member, accreditationValidUntil);
        complete(reference, TestUsers.SECRETARIAT, "COMPLETE", null);
        return reference;
    }

    /**
     * Designated from today (the engine's clock), with an accreditation valid until the given day; the
     * assessor accepts it even if it runs out sooner than the region asks for.
     */
    public String designated(String member, LocalDate accreditationValidUntil) {
        String reference = submitted(member, accreditationValidUntil);
        complete(reference, TestUsers.SECRETARIAT, "COMPLETE", null);
        complete(reference, TestUsers.ASSESSOR, "ELIGIBLE", "Accepted for the register tests");
        proposals.decideAtMeeting(reference, MeetingDecision.RECOMMENDED, TestUsers.CHAIR.id(), "Test meeting", null, null);
        proposals.decideAtMeeting(reference, MeetingDecision.ENDORSED, TestUsers.CHAIR.id(), "Test meeting", null, null);
        complete(reference, TestUsers.SECRETARIAT, "FORWARDED", null);
        recognised(reference, LocalDate.ofInstant(ClockUtil.now().toInstant(), ZoneOffset.UTC));
        return reference;
    }

    /** The secretariat records the WCO Secretariat's recognition of a forwarded laboratory, conferred that day. */
    public void recognised(String reference, LocalDate decidedOn) {
        laboratories.recordRecognition(TestUsers.SECRETARIAT, reference, new RecognitionRequest(
                RecognitionRequest.Outcome.RECOGNISED, decidedOn, "WCO/RCL/" + reference, null));
    }

    void complete(String reference, org.endorse.security.EndorseUser user, String decision, String reason) {
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();
        tasks.complete(user, taskId, decision, reason, null);
    }
}
