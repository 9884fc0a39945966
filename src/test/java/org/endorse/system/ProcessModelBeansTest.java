package org.endorse.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.endorse.EndorseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A deployed model's expressions reach the beans Endorse's models name, and no other bean of the service. */
@EndorseTest
class ProcessModelBeansTest {

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    Deployment deployment;

    @AfterEach
    void undeploy() {
        if (deployment != null) {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void aModelCannotReadTheDatabaseThroughASpringBean() {
        deploy("${jdbcTemplate.queryForList('select * from ACT_ID_USER')}");

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey("probe"))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("jdbcTemplate");
    }

    @Test
    void aModelReachesTheBeansEndorsesModelsName() {
        deploy("${execution.setVariable('due', deadline.after('P1D'))}");

        String instance = runtime.startProcessInstanceByKey("probe").getId();

        assertThat(runtime.getVariable(instance, "due")).isNotNull();
    }

    private void deploy(String expression) {
        BpmnModelInstance model = Bpmn.createExecutableProcess("probe").startEvent().serviceTask("probe-task")
                .camundaExpression(expression).userTask("wait").endEvent().done();
        deployment = repository.createDeployment().addModelInstance("probe.bpmn", model).deploy();
    }
}
