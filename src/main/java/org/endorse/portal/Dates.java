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
        return dayFor(date, LocaleContextHolder.getLocale());
    }

    /** A day as a reader of the given language reads it, outside a request (in a mail). */
    public String dayFor(LocalDate date, Locale language) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(written(language))
                .format(date);
    }

    public String moment(Instant instant) {
        return moment(instant, ZoneOffset.UTC);
    }

    public String moment(Date date) {
        return date == null ? "" : moment(date.toInstant());
    }

    public String moment(Instant instant, ZoneId zone) {
        return moment(instant, zone, LocaleContextHolder.getLocale());
    }

    /** A moment in UTC as a reader of the given language reads it, outside a request (in a mail). */
    public String momentFor(Instant instant, Locale language) {
        return moment(instant, ZoneOffset.UTC, language);
    }

    private static String moment(Instant instant, ZoneId zone, Locale language) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(zone);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(written(language)).format(local) + ", "
                + DateTimeFormatter.ofPattern("HH:mm").format(local) + " "
                + (zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId());
    }

    /** A moment in the time zone named, such as a meeting's own. */
    public String moment(Instant instant, String zone) {
        return moment(instant, ZoneId.of(zone));
    }

    /** Dates as the language writes them, English as the WCO writes it: 1 July 2027, not July 1, 2027. */
    private static Locale written(Locale language) {
        return Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? Locale.UK : language;
    }
}
