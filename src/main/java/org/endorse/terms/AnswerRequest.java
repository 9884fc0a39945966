package org.endorse.terms;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A contact point's answer to the ToR version in circulation. {@code member} may be left out by a contact
 * point of a single member administration.
 */
record AnswerRequest(String member, @NotNull Answer answer, @Size(max = 4000) String comment) {
}
