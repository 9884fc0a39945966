package org.endorse.nomination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.endorse.system.ProcessModelBean;

/** service_withdraw_lapsed_nomination: records that an unanswered return has lapsed. */
@ProcessModelBean
@Component
class WithdrawLapsedNominationDelegate implements JavaDelegate {

    private final NominationService nominations;

    WithdrawLapsedNominationDelegate(NominationService nominations) {
        this.nominations = nominations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        nominations.withdrawLapsed(execution.getProcessBusinessKey());
    }
}
