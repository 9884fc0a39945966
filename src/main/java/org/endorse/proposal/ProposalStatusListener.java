package org.endorse.proposal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Called from the BPMN as {@code ${proposalStatus.moveTo(execution, 'UNDER_REVIEW')}} when a process reaches
 * a place, so a proposal's status always follows its diagram.
 */
@Component("proposalStatus")
public class ProposalStatusListener {

    private final ProposalService proposals;

    ProposalStatusListener(ProposalService proposals) {
        this.proposals = proposals;
    }

    public void moveTo(DelegateExecution execution, String status) {
        proposals.moveTo(execution.getProcessBusinessKey(), ProposalStatus.valueOf(status));
    }
}
