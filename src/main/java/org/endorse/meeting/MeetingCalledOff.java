package org.endorse.meeting;

import java.time.LocalDate;

import org.springframework.context.MessageSourceResolvable;

/** A meeting was postponed or cancelled before it decided anything; everyone invited is told why. */
public record MeetingCalledOff(Long meetingId, MessageSourceResolvable meetingName, LocalDate startDate,
        boolean postponed, String reason) {
}
