package org.endorse.nomination;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.endorse.system.ProcessModelBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of processes/regional-nomination.bpmn and call-for-nominations.bpmn, each one call to the
 * nomination capability's services.
 */
@Configuration
class NominationDelegates {

    @Bean
    @ProcessModelBean
    JavaDelegate closeCompetingNominationsDelegate(NominationService nominations) {
        return execution -> nominations.closeCompetitorsOnceFilled(execution.getProcessBusinessKey());
    }

    @Bean
    @ProcessModelBean
    JavaDelegate takeSeatDelegate(NominationService nominations) {
        return execution -> nominations.takeSeat(execution.getProcessBusinessKey());
    }

    @Bean
    @ProcessModelBean
    JavaDelegate openCallForNominationsDelegate(CallsForNominations calls) {
        return execution -> CallForNominationsProcess.VAR_CALL_CLOSES.set(execution,
                calls.open(execution.getProcessBusinessKey()));
    }

    @Bean
    @ProcessModelBean
    JavaDelegate closeCallForNominationsDelegate(CallsForNominations calls) {
        return execution -> CallForNominationsProcess.VAR_CANDIDATES.set(execution,
                calls.close(execution.getProcessBusinessKey()));
    }

    @Bean
    @ProcessModelBean
    JavaDelegate flagSeatWithoutCandidateDelegate(CallsForNominations calls) {
        return execution -> calls.flagSeatWithoutCandidate(execution.getProcessBusinessKey());
    }
}
