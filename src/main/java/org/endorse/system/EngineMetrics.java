package org.endorse.system;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The process engine's state as Micrometer gauges (and so on /actuator/prometheus): what an operator alerts
 * on. Each is read from the engine's tables when metrics are scraped.
 */
@Component
class EngineMetrics implements MeterBinder {

    private final RuntimeService runtime;
    private final ManagementService management;

    EngineMetrics(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("camunda.process.instances.active", () -> runtime.createProcessInstanceQuery().active().count())
                .description("Running process instances: proposals, meetings, watches and deliveries").register(registry);
        Gauge.builder("camunda.incidents.open", () -> runtime.createIncidentQuery().count())
                .description("Open incidents, such as mail deliveries whose retries ran out").register(registry);
        Gauge.builder("camunda.jobs.executable", () -> management.createJobQuery().executable().count())
                .description("Jobs due now and waiting for a job executor").register(registry);
        Gauge.builder("camunda.jobs.failed", () -> management.createJobQuery().noRetriesLeft().count())
                .description("Jobs whose retries are used up").register(registry);
    }
}
