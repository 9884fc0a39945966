package org.endorse.meeting;

import java.time.LocalDate;
import java.util.List;

/** A meeting's agenda and papers went out to every member administration. */
public record MeetingPapersCirculated(Long meetingId, String meetingName, LocalDate startDate, LocalDate endDate,
        String mode, LocalDate objectionDeadline, List<String> agenda) {

    public MeetingPapersCirculated {
        agenda = List.copyOf(agenda);
    }
}
