package org.endorse.meeting;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/** A meeting's agenda and papers went out to every member administration; its name is in each reader's language. */
public record MeetingPapersCirculated(Long meetingId, MessageSourceResolvable meetingName, LocalDate startDate,
        LocalDate endDate, String mode, LocalDate objectionDeadline, List<String> agenda) {

    public MeetingPapersCirculated {
        agenda = List.copyOf(agenda);
    }
}
