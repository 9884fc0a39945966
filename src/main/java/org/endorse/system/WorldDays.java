package org.endorse.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Days as a region spanning many time zones sees them: at any moment, the latest day is the one already begun at
 * UTC+14, and the earliest the one not yet ended at UTC-12. A day typed in is "in the future" only after the
 * latest, and "past everywhere" only before the earliest.
 */
public final class WorldDays {

    private static final ZoneOffset FIRST_TO_BEGIN = ZoneOffset.ofHours(14);
    private static final ZoneOffset LAST_TO_END = ZoneOffset.ofHours(-12);

    private WorldDays() {
    }

    /** The latest day anywhere at that moment. */
    public static LocalDate latest(Instant at) {
        return LocalDate.ofInstant(at, FIRST_TO_BEGIN);
    }

    /** The earliest day anywhere at that moment. */
    public static LocalDate earliest(Instant at) {
        return LocalDate.ofInstant(at, LAST_TO_END);
    }

    /** The moment the day is over everywhere: a deadline on that day has passed for every place. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay().toInstant(LAST_TO_END);
    }
}
