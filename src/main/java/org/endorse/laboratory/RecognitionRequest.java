package org.endorse.laboratory;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The WCO Secretariat's answer to a forwarded laboratory proposal, as the secretariat records it. A
 * recognised laboratory is designated from {@code decidedOn}.
 */
record RecognitionRequest(@NotNull Outcome outcome, @NotNull LocalDate decidedOn,
        @Size(max = 100) String wcoReference, @Size(max = 3000) String note) {

    enum Outcome {
        RECOGNISED,
        NOT_RECOGNISED
    }
}
