package org.endorse.proposal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.springframework.stereotype.Component;
import org.endorse.system.ProcessModelBean;

/**
 * Called from the BPMN as {@code ${proposalStatus.moveTo(execution, 'UNDER_REVIEW')}} when a process reaches
 * a place, so a proposal's status always follows its diagram. Reaching an end event closes the proposal.
 */
@ProcessModelBean
@Component("proposalStatus")
public class ProposalStatusListener {

    private final ProposalService proposals;

    ProposalStatusListener(ProposalService proposals) {
        this.proposals = proposals;
    }

    public void moveTo(DelegateExecution execution, String status) {
        boolean processEnds = execution.getBpmnModelElementInstance() instanceof EndEvent;
        proposals.moveTo(execution.getProcessBusinessKey(), ProposalStatus.valueOf(status), processEnds);
    }
}
