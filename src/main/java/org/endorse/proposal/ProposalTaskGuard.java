package org.endorse.proposal;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Refuses to complete a proposal's task around Endorse (in Tasklist, or through /engine-rest): there, nothing
 * would check the decision and its reason, record them in the proposal's timeline, or keep a ToR's version
 * or a contact point's answer. The task stays open, and the error says where to complete it.
 */
@Component
class ProposalTaskGuard {

    private final ProposalProcesses processes;

    ProposalTaskGuard(ProposalProcesses processes) {
        this.processes = processes;
    }

    @EventListener(condition = "#task.eventName == 'complete'")
    public void onComplete(DelegateTask task) {
        // Camunda's process definition ids are "key:version:id".
        String processKey = task.getProcessDefinitionId() == null ? null : task.getProcessDefinitionId().split(":")[0];
        if (processKey == null || !processes.keys().contains(processKey)) {
            return;
        }
        if (!Boolean.TRUE.equals(task.getVariable(ProposalWorkflow.VAR_COMPLETED_THROUGH_ENDORSE))) {
            throw new ProcessEngineException("'" + task.getName() + "' is completed through Endorse, which checks"
                    + " the decision and records it with the proposal: use POST /api/tasks/" + task.getId()
                    + "/complete (or the endpoint GET /api/tasks/" + task.getId() + " names), not Tasklist or"
                    + " /engine-rest.");
        }
    }
}
