package org.endorse.meeting;

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
        return messages.getMessage(meeting.nameText(), LocaleContextHolder.getLocale());
    }
}
