package org.endorse.register;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;

import org.camunda.bpm.engine.RuntimeService;
import org.endorse.system.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * Where the register meets the engine: one accreditation-watch process per designated laboratory and
 * accreditation, keyed by the laboratory's proposal reference. Dates are taken at midnight UTC.
 */
@Component
class AccreditationWatch {

    private final RuntimeService runtime;

    AccreditationWatch(RuntimeService runtime) {
        this.runtime = runtime;
    }

    void start(String reference, LocalDate validUntil, Period warning) {
        runtime.startProcessInstanceByKey(AccreditationWatchProcess.KEY, reference, ProcessVariable.variables(
                AccreditationWatchProcess.VAR_REMINDER_AT.with(midnight(validUntil.minus(warning))),
                AccreditationWatchProcess.VAR_EXPIRES_AT.with(midnight(validUntil.plusDays(1)))));
    }

    /** Ends the watch of the previous accreditation, if it is still running. */
    void stop(String reference) {
        runtime.createMessageCorrelation(AccreditationWatchProcess.MESSAGE_RENEWED).processInstanceBusinessKey(reference)
                .correlateAll();
    }

    private static Date midnight(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
