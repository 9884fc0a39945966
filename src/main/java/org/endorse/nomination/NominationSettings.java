package org.endorse.nomination;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.endorse.system.ProcessModelBean;

/** Settings of the nomination lifecycle, read by its BPMN as {@code ${nominationSettings...}}. */
@ProcessModelBean
@Component("nominationSettings")
public class NominationSettings {

    private final Duration returnLapsePeriod;

    NominationSettings(@Value("${endorse.nomination.return-lapse-period:P30D}") Duration returnLapsePeriod) {
        this.returnLapsePeriod = returnLapsePeriod;
    }

    /** How long a member has to amend a returned nomination before it lapses, as an ISO 8601 duration. */
    public String returnLapsePeriod() {
        return returnLapsePeriod.toString();
    }

    public long returnLapseDays() {
        return returnLapsePeriod.toDays();
    }
}
