package org.endorse.nomination;

import java.time.LocalDate;

/** The region calls every member administration to nominate for a term of a seat by the deadline. */
public record CallForNominationsOpened(Long callId, String seatName, int places, LocalDate termFrom, LocalDate termTo,
        LocalDate deadline, String electedBy) {
}
