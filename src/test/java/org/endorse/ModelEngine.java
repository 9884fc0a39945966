package org.endorse;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A Camunda engine of its own, without Spring, in memory, running ONE model of processes/ whose expressions
 * reach only what the test registers with {@link Mocks}: a path of the model is tested in milliseconds, beneath
 * the end-to-end tests that run the whole service. Register it as a static {@code @RegisterExtension} field;
 * camunda-bpm-assert works on it, and jobs run only when the test executes them.
 *
 * <p>Camunda's own JUnit 5 extension (camunda-bpm-junit5) is not among our dependencies; this is the part of it
 * we need. The engine, the clock, the mocks and camunda-bpm-assert's engine are static or thread-bound, and the
 * Spring tests share the JVM: all are put back after each test, and the engine is closed after the class.
 */
public class ModelEngine implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    private final String modelFile;
    private ProcessEngine engine;

    /** The engine for processes/ + the given file, such as "regional-meeting.bpmn". */
    public ModelEngine(String modelFile) {
        this.modelFile = modelFile;
    }

    public ProcessEngine engine() {
        return engine;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        String name = "model-test-" + modelFile.replace('.', '-');
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration()
                .setProcessEngineName(name)
                .setJdbcUrl("jdbc:h2:mem:" + name)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false);
        configuration.setMetricsEnabled(false);
        configuration.setExpressionManager(new MockExpressionManager());
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addClasspathResource(modelFile).deploy();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        AbstractAssertions.init(engine);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        for (ProcessInstance instance : engine.getRuntimeService().createProcessInstanceQuery().list()) {
            engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test over", true, true);
        }
        ClockUtil.reset();
        Mocks.reset();
        AbstractAssertions.reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        engine.close();
    }
}
