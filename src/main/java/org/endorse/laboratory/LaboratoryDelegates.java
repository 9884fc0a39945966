package org.endorse.laboratory;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.endorse.system.ProcessModelBean;

/** The service and rule tasks of processes/laboratory-proposal.bpmn, each one call to the laboratory service. */
@Configuration
class LaboratoryDelegates {

    @Bean
    @ProcessModelBean
    JavaDelegate checkLaboratoryEligibilityDelegate(LaboratoryService laboratories) {
        return execution -> laboratories.checkEligibility(execution.getProcessBusinessKey());
    }

    @Bean
    @ProcessModelBean
    JavaDelegate remindRecognitionAwaitedDelegate(LaboratoryService laboratories) {
        return execution -> laboratories.remindRecognitionAwaited(execution.getProcessBusinessKey());
    }

    @Bean
    @ProcessModelBean
    JavaDelegate designateLaboratoryDelegate(LaboratoryService laboratories) {
        return execution -> laboratories.designate(execution.getProcessBusinessKey());
    }
}
