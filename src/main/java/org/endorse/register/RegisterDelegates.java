package org.endorse.register;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.endorse.system.ProcessModelBean;

/**
 * The service tasks of processes/accreditation-watch.bpmn and vice-chair-handover.bpmn, each one call to the register.
 */
@Configuration
class RegisterDelegates {

    @Bean
    @ProcessModelBean
    JavaDelegate remindExpiringAccreditationDelegate(LaboratoryRegister register) {
        return execution -> register.remindExpiring(execution.getProcessBusinessKey());
    }

    @Bean
    @ProcessModelBean
    JavaDelegate flagExpiredAccreditationDelegate(LaboratoryRegister register) {
        return execution -> register.flagExpired(execution.getProcessBusinessKey());
    }

    @Bean
    @ProcessModelBean
    JavaDelegate handOverViceChairOfficeDelegate(ViceChairOffice office) {
        return execution -> office.handOver(execution.getProcessBusinessKey());
    }
}
