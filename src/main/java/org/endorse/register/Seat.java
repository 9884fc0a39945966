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
        Term term = termStartingAt(0);
        for (int index = 1; !term.from().isAfter(day); index++) {
            term = termStartingAt(index);
        }
        return term;
    }

    /** Whether a term of this seat starts on the day. */
    public boolean startsTermOn(LocalDate day) {
        if (day.isBefore(termsFrom)) {
            return false;
        }
        Term term = termStartingAt(0);
        for (int index = 1; term.from().isBefore(day); index++) {
            term = termStartingAt(index);
        }
        return term.from().equals(day);
    }

    /** The term starting on the day, which must be one of the seat's term starts. */
    public Term termFrom(LocalDate from) {
        return new Term(from, from.plus(term).minusDays(1));
    }

    private Term termStartingAt(int index) {
        return termFrom(termsFrom.plus(term.multipliedBy(index)));
    }

    /** A term, both days included. */
    public record Term(LocalDate from, LocalDate to) {
    }
}
