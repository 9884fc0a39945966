package org.endorse.register;

import java.time.LocalDate;
import java.util.List;

/** A laboratory the WCO Secretariat has recognised, as its proposal describes it: what enters the register. */
public record DesignatedLaboratory(String proposalReference, String member, String laboratoryName, String location,
        List<String> scope, String accreditationStandard, String accreditationBody, String certificateNumber,
        LocalDate accreditationValidUntil, LocalDate designatedFrom, String wcoReference) {

    public DesignatedLaboratory {
        scope = List.copyOf(scope);
    }
}
