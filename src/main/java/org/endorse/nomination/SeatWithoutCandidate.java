package org.endorse.nomination;

import java.time.LocalDate;

/** A call for nominations closed with no candidate for the seat: the secretariat is told. */
public record SeatWithoutCandidate(Long callId, String seatName, LocalDate termFrom, LocalDate termTo,
        LocalDate deadline) {
}
