package org.endorse.nomination;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The outcome of the WCO body's election of a candidate the region endorsed, as the secretariat records it: the
 * session that elected (such as "143rd/144th Council Sessions") and the day.
 */
record ElectionRequest(@NotNull Outcome outcome, @NotBlank @Size(max = 200) String session,
        @NotNull LocalDate decidedOn, @Size(max = 3000) String note) {

    enum Outcome {
        ELECTED,
        NOT_ELECTED
    }
}
