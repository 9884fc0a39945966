package org.endorse.terms;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.endorse.proposal.ProposalCheckProcess;
import org.endorse.TestUsers;
import org.endorse.proposal.MeetingDecision;
import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalService;
import org.endorse.proposal.ProposalTasks;
import org.springframework.stereotype.Component;

/** Terms of Reference brought to the stage a test needs, through the real services. */
@Component
public class TermsFixtures {

    private final TermsService terms;
    private final ProposalService proposals;
    private final ProposalTasks tasks;
    private final TaskService taskService;
    private final ManagementService management;
    private final RuntimeService runtime;

    TermsFixtures(TermsService terms, ProposalService proposals, ProposalTasks tasks, TaskService taskService,
            ManagementService management, RuntimeService runtime) {
        this.terms = terms;
        this.proposals = proposals;
        this.tasks = tasks;
        this.taskService = taskService;
        this.management = management;
        this.runtime = runtime;
    }

    /** Drafted by the member for Indonesia, submitted as version 1 and checked: circulated to every contact point. */
    public String circulated(String governedBody, String text) {
        Proposal draft = proposals.draft(TestUsers.MEMBER, terms, new TermsRequest(
                "Terms of Reference of the " + governedBody,
                "IDN", governedBody, null, text));
        proposals.submit(TestUsers.MEMBER, draft.getReference());
        String check = taskService.createTaskQuery().processInstanceBusinessKey(draft.getReference())
                .taskDefinitionKey(ProposalCheckProcess.USER_CHECK_SUBMISSION).singleResult().getId();
        tasks.complete(TestUsers.SECRETARIAT, check, "COMPLETE", null, null);
        return draft.getReference();
    }

    /** Circulated, its deadline passed in silence, recommended and endorsed: adopted and in force in the register. */
    public String adopted(String governedBody, String text) {
        String reference = waitingForReview(governedBody, text);
        proposals.decideAtMeeting(reference, MeetingDecision.RECOMMENDED, TestUsers.CHAIR.id(), "Test meeting", null, null);
        proposals.decideAtMeeting(reference, MeetingDecision.ENDORSED, TestUsers.CHAIR.id(), "Test meeting", null, null);
        return reference;
    }

    /**
     * Circulated and its deadline passed in silence: waiting for the contact points' review. The engine's clock is
     * moved past the deadline for the timer and put back.
     */
    public String waitingForReview(String governedBody, String text) {
        String reference = circulated(governedBody, text);
        String process = runtime.createProcessInstanceQuery().processDefinitionKey(TermsProcess.KEY)
                .processInstanceBusinessKey(reference).singleResult().getId();
        Job deadline = management.createJobQuery().processInstanceId(process)
                .activityId(TermsProcess.TIMER_CIRCULATION_DEADLINE).singleResult();
        ClockUtil.setCurrentTime(Date.from(deadline.getDuedate().toInstant().plus(Duration.ofMinutes(1))));
        try {
            management.executeJob(deadline.getId());
        } finally {
            ClockUtil.reset();
        }
        return reference;
    }
}
