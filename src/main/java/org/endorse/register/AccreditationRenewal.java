package org.endorse.register;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A renewed accreditation of a designated laboratory. */
record AccreditationRenewal(@NotBlank @Size(max = 200) String body, @NotBlank @Size(max = 100) String certificateNumber,
        @NotNull LocalDate validUntil) {
}
