package org.endorse.register;

import java.time.LocalDate;

/**
 * A member administration takes a place of a seat for a term: endorsed by the region, and elected where a WCO body
 * elects ({@code electedAt} names its session). Without a nomination, the operator recorded it from before Endorse.
 */
public record SeatTaken(String seatCode, String member, String person, LocalDate termFrom, LocalDate termTo,
        String nominationReference, String electedAt, LocalDate electedOn) {
}
