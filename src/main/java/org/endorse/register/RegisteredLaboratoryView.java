package org.endorse.register;

import java.time.LocalDate;
import java.util.List;

/** A designated Regional Customs Laboratory as the register shows it to every logged-in user. */
record RegisteredLaboratoryView(String proposalReference, String member, String memberName, String laboratoryName,
        String location, List<String> scope, LocalDate designatedFrom, String wcoReference, Accreditation accreditation) {

    record Accreditation(String standard, String body, String certificateNumber, LocalDate validUntil,
            AccreditationState state, LocalDate expiryRemindedOn, LocalDate expiryFlaggedOn) {
    }
}
