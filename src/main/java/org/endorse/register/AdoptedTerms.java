package org.endorse.register;

import java.time.LocalDate;

/** A Terms of Reference version the heads of Customs endorsed: what enters the register. */
public record AdoptedTerms(String proposalReference, String governedBody, String title, int versionNumber,
        LocalDate adoptedOn) {
}
