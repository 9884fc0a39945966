package org.endorse.register;

import java.time.LocalDate;
import java.time.Period;

/**
 * A seat the region fills: a WCO body on which it holds places, or a regional office. With a term, its terms follow
 * each other from {@code termsFrom}; with an electing body, the region's endorsement is followed by that body's
 * election, and only an elected candidate takes the seat.
 */
public record Seat(String code, String name, SeatType type, int places, Period term, LocalDate termsFrom,
        String electedBy) {

    public boolean hasFixedTerms() {
        return term != null;
    }

    public boolean followsElection() {
        return electedBy != null;
    }

    /** The first term to begin after the day: the one the region nominates for. */
    public Term nextTermAfter(LocalDate day) {
        int index = 0;
        while (!startOf(index).isAfter(day)) {
            index++;
        }
        return termAt(index);
    }

    /** Whether a term of this seat starts on the day. */
    public boolean startsTermOn(LocalDate day) {
        return indexStartingOn(day) >= 0;
    }

    /** The term starting on the day, which must be one of the seat's term starts; it ends the day before the next. */
    public Term termFrom(LocalDate from) {
        int index = indexStartingOn(from);
        if (index < 0) {
            throw new IllegalArgumentException(from + " does not start a term of " + code);
        }
        return termAt(index);
    }

    private int indexStartingOn(LocalDate day) {
        for (int index = 0; !startOf(index).isAfter(day); index++) {
            if (startOf(index).equals(day)) {
                return index;
            }
        }
        return -1;
    }

    private Term termAt(int index) {
        return new Term(startOf(index), startOf(index + 1).minusDays(1));
    }

    /** Counted from the first term, so that a term starting on the 31st keeps its day in months that have one. */
    private LocalDate startOf(int index) {
        return termsFrom.plus(term.multipliedBy(index));
    }

    /** A term, both days included. */
    public record Term(LocalDate from, LocalDate to) {
    }
}
