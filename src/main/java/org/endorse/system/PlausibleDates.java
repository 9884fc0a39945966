package org.endorse.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The years a person means when they type a date into Endorse: a term, an accreditation, a meeting, a
 * deadline. A year outside them (0000, +999999999) is a slip of the keyboard, and would be stored as another
 * year by the database or reach an agenda; requests with one are refused ({@link RequestValidator}).
 */
public final class PlausibleDates {

    public static final int FIRST_YEAR = 1950;
    public static final int LAST_YEAR = 2100;

    private PlausibleDates() {
    }

    public static boolean isPlausible(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    public static boolean isPlausible(Instant instant) {
        // Compared as instants: an Instant typed as +999999999-... lies beyond the years a date can hold.
        return !instant.isBefore(LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC))
                && instant.isBefore(LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
