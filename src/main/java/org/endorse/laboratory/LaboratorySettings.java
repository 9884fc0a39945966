package org.endorse.laboratory;

import java.time.Duration;
import java.time.Period;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.endorse.system.ProcessModelBean;

/** Settings of the laboratory lifecycle, read by its BPMN as {@code ${laboratorySettings...}}. */
@ProcessModelBean
@Component("laboratorySettings")
public class LaboratorySettings {

    private final Duration returnLapsePeriod;
    private final Period minimumAccreditationValidity;
    private final Duration recognitionReminderPeriod;

    LaboratorySettings(@Value("${endorse.laboratory.return-lapse-period:P30D}") Duration returnLapsePeriod,
            @Value("${endorse.laboratory.minimum-accreditation-validity:P12M}") Period minimumAccreditationValidity,
            @Value("${endorse.laboratory.recognition-reminder-period:P30D}") Duration recognitionReminderPeriod) {
        this.returnLapsePeriod = returnLapsePeriod;
        this.minimumAccreditationValidity = minimumAccreditationValidity;
        this.recognitionReminderPeriod = recognitionReminderPeriod;
    }

    /** How long a member has to amend a returned proposal before it lapses, as an ISO 8601 duration. */
    public String returnLapsePeriod() {
        return returnLapsePeriod.toString();
    }

    /** How often the secretariat is reminded while the WCO Secretariat's recognition is awaited: R/P30D. */
    public String recognitionReminderCycle() {
        return "R/" + recognitionReminderPeriod;
    }

    long returnLapseDays() {
        return returnLapsePeriod.toDays();
    }

    /** How long after the assessment an accreditation must still be valid, such as P12M. */
    Period minimumAccreditationValidity() {
        return minimumAccreditationValidity;
    }

    long recognitionReminderDays() {
        return recognitionReminderPeriod.toDays();
    }
}
