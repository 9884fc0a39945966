package org.endorse.proposal;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.endorse.system.ProcessModelBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of processes/proposal-check.bpmn, each one call to the proposal service. */
@Configuration
class ProposalDelegates {

    /**
     * service_record_lapsed_return. Version 1 of each kind's model named the same step by its kind; its instances
     * still running call it by those names (see {@link ProposalProcess#version1Tasks()}).
     */
    @Bean({"recordLapsedReturnDelegate", "withdrawLapsedNominationDelegate", "withdrawLapsedLaboratoryProposalDelegate",
            "withdrawLapsedTermsDelegate"})
    @ProcessModelBean
    JavaDelegate recordLapsedReturnDelegate(ProposalService proposals) {
        return execution -> proposals.recordLapse(execution.getProcessBusinessKey());
    }
}
