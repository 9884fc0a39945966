package org.endorse.proposal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a user does something to a proposal (withdraws it, skips its review), kept in its timeline. */
record ReasonRequest(@NotBlank @Size(max = 4000) String reason) {
}
