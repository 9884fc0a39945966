package org.endorse.nomination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.endorse.system.ProcessModelBean;

/** service_close_competing_nominations: closes the other nominations for the endorsed seat and term. */
@ProcessModelBean
@Component
class CloseCompetingNominationsDelegate implements JavaDelegate {

    private final NominationService nominations;

    CloseCompetingNominationsDelegate(NominationService nominations) {
        this.nominations = nominations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        nominations.closeCompetitorsOf(execution.getProcessBusinessKey());
    }
}
