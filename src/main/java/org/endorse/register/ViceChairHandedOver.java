package org.endorse.register;

import java.time.LocalDate;

/**
 * The Regional Vice-Chair's office passed from one member administration to the next on the first day of its term;
 * {@code handedOver} is false when the incoming office has no users configured, so the groups stayed as they were.
 */
public record ViceChairHandedOver(String outgoingMember, String incomingMember, LocalDate termFrom,
        LocalDate termTo, boolean handedOver) {
}
