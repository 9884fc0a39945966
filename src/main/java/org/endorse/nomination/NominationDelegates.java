package org.endorse.nomination;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.endorse.system.ProcessModelBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of processes/regional-nomination.bpmn, each one call to the nomination service. */
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
}
