package org.endorse.terms;

import org.camunda.bpm.engine.TaskService;
import org.endorse.TestUsers;
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

    TermsFixtures(TermsService terms, ProposalService proposals, ProposalTasks tasks, TaskService taskService) {
        this.terms = terms;
        this.proposals = proposals;
        this.tasks = tasks;
        this.taskService = taskService;
    }

    /** Drafted by the member for Indonesia, submitted as version 1 and checked: circulated to every contact point. */
    public String circulated(String governedBody, String text) {
        Proposal draft = terms.draft(TestUsers.MEMBER, new TermsRequest("Terms of Reference of the " + governedBody,
                "IDN", governedBody, null, text));
        proposals.submit(TestUsers.MEMBER, draft.getReference());
        String check = taskService.createTaskQuery().processDefinitionKey(TermsProcess.KEY)
                .processInstanceBusinessKey(draft.getReference()).taskDefinitionKey(TermsProcess.USER_CHECK_SUBMISSION)
                .singleResult().getId();
        tasks.complete(TestUsers.SECRETARIAT, check, "COMPLETE", null);
        return draft.getReference();
    }
}
