package org.endorse.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as the reader's language writes them ({@code ${@dates.day(date)}}): a day in full, a moment
 * with its time zone (a meeting's own zone for its times, UTC otherwise).
 */
@Component("dates")
public class Dates {

    public String day(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(date);
    }

    public String moment(Instant instant) {
        return moment(instant, ZoneOffset.UTC);
    }

    public String moment(Date date) {
        return date == null ? "" : moment(date.toInstant());
    }

    public String moment(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(zone);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(local) + ", " + DateTimeFormatter.ofPattern("HH:mm").format(local) + " "
                + (zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId());
    }

    /** A moment in the time zone named, such as a meeting's own. */
    public String moment(Instant instant, String zone) {
        return moment(instant, ZoneId.of(zone));
    }

    /** The reader's language, English written as the WCO writes it: 1 July 2027, not July 1, 2027. */
    private static Locale locale() {
        Locale locale = LocaleContextHolder.getLocale();
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.UK : locale;
    }
}
