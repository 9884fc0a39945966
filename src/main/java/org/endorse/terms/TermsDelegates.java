package org.endorse.terms;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.endorse.system.ProcessModelBean;

/** The service tasks of processes/terms-of-reference.bpmn, each one call to the ToR service. */
@Configuration
class TermsDelegates {

    @Bean
    @ProcessModelBean
    JavaDelegate openCirculationRoundDelegate(TermsService terms) {
        return execution -> terms.openRound(execution.getProcessBusinessKey());
    }

    @Bean
    @ProcessModelBean
    JavaDelegate closeCirculationRoundDelegate(TermsService terms) {
        return execution -> TermsProcess.VAR_ROUND_OUTCOME.set(execution,
                terms.closeRound(execution.getProcessBusinessKey()).name());
    }

    @Bean
    @ProcessModelBean
    JavaDelegate remindContactPointsDelegate(TermsService terms) {
        return execution -> terms.remindContactPoints(execution.getProcessBusinessKey());
    }

    @Bean
    @ProcessModelBean
    JavaDelegate adoptTermsDelegate(TermsService terms) {
        return execution -> terms.adopt(execution.getProcessBusinessKey());
    }
}
