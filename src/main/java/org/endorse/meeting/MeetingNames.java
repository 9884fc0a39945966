package org.endorse.meeting;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A meeting's name in the reader's language, for pages ({@code ${@meetingNames.of(meeting)}}): "31st Regional
 * Contact Points Meeting", "31e Réunion régionale des points de contact". Records keep the English name.
 */
@Component("meetingNames")
public class MeetingNames {

    private final MessageSource messages;

    MeetingNames(MessageSource messages) {
        this.messages = messages;
    }

    public String of(Meeting meeting) {
        Locale locale = LocaleContextHolder.getLocale();
        return ordinal(meeting.getNumber(), locale) + " "
                + messages.getMessage("meeting.type." + meeting.getType().name(), null, locale);
    }

    /** A number in order, the way the language writes it: 21st, 22nd; and in French (the three bodies are feminine) 1re, 21e. */
    static String ordinal(int number, Locale locale) {
        if (Locale.FRENCH.getLanguage().equals(locale.getLanguage())) {
            return number == 1 ? "1re" : number + "e";
        }
        return Meeting.ordinal(number);
    }
}
