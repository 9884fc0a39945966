package org.endorse.meeting;

import org.springframework.context.MessageSourceResolvable;

/**
 * A paper of a meeting was revised after the papers were circulated: everyone who received them hears of it
 * ("Revised: RCPM/31/Doc.4 Rev.1").
 */
public record MeetingPaperRevised(Long meetingId, MessageSourceResolvable meetingName, String symbol, int revision,
        String title, long documentId) {
}
