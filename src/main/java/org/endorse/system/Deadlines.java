package org.endorse.system;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The due date of a user task that a timer of its process ends, so that the inbox, Tasklist and the task's
 * page show the same deadline as the timer: {@code camunda:dueDate="${deadline.after(settings.period())}"}.
 */
@ProcessModelBean
@Component("deadline")
public class Deadlines {

    /** The engine's now plus the ISO 8601 duration (P30D), as the timer of the same duration computes it. */
    public Date after(String isoDuration) {
        return Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.parse(isoDuration)));
    }
}
