package org.endorse.bench;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.endorse.system.ProcessChangeGuard;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The bare engine that Endorse is compared with: a process of one user task (open to the secretariat, like the
 * check of a submission), started, found and completed through the Camunda REST API of the same node and database.
 *
 * <p>Endorse's {@link ProcessChangeGuard} refuses every change to a process asked through the REST API, so the
 * benchmark's node runs the guard with one exception: events of this process pass. Endorse's own processes stay
 * guarded, and Endorse's services never meet the guard anyway (they run as the engine itself).
 */
final class BaselineProcess {

    static final String KEY = "endorse-benchmark-baseline";

    private BaselineProcess() {
    }

    static void deploy(ApplicationContext endorse) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).name("Benchmark baseline")
                .camundaHistoryTimeToLive(3650)
                .startEvent().userTask("user_baseline").name("Baseline task").camundaCandidateGroups("secretariat")
                .endEvent().done();
        endorse.getBean(RepositoryService.class).createDeployment().name(KEY).addModelInstance(KEY + ".bpmn", model)
                .deploy();
    }

    /** Added to the node before it starts: swaps the guard for one that lets this process through. */
    static void guardSparingTheBaseline(ConfigurableApplicationContext endorse) {
        endorse.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                return bean instanceof ProcessChangeGuard guard ? new GuardSparingTheBaseline(guard) : bean;
            }
        });
    }

    /** Endorse's guard, whose history event handlers skip this process's events; the rest of it is unchanged. */
    private static final class GuardSparingTheBaseline extends AbstractProcessEnginePlugin {

        private final ProcessEnginePlugin guard;

        GuardSparingTheBaseline(ProcessEnginePlugin guard) {
            this.guard = guard;
        }

        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
            List<HistoryEventHandler> before = configuration.getCustomHistoryEventHandlers() == null ? List.of()
                    : List.copyOf(configuration.getCustomHistoryEventHandlers());
            guard.preInit(configuration);
            List<HistoryEventHandler> handlers = new ArrayList<>();
            for (HistoryEventHandler handler : configuration.getCustomHistoryEventHandlers()) {
                handlers.add(before.contains(handler) ? handler : new SparingTheBaseline(handler));
            }
            configuration.setCustomHistoryEventHandlers(handlers);
        }

        @Override
        public void postInit(ProcessEngineConfigurationImpl configuration) {
            guard.postInit(configuration);
        }

        @Override
        public void postProcessEngineBuild(ProcessEngine engine) {
            guard.postProcessEngineBuild(engine);
        }
    }

    private record SparingTheBaseline(HistoryEventHandler guarded) implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!KEY.equals(event.getProcessDefinitionKey())) {
                guarded.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
