package org.endorse.register;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of processes/accreditation-watch.bpmn, each one call to the register. */
@Configuration
class RegisterDelegates {

    @Bean
    JavaDelegate remindExpiringAccreditationDelegate(LaboratoryRegister register) {
        return execution -> register.remindExpiring(execution.getProcessBusinessKey());
    }

    @Bean
    JavaDelegate flagExpiredAccreditationDelegate(LaboratoryRegister register) {
        return execution -> register.flagExpired(execution.getProcessBusinessKey());
    }
}
