package org.endorse.meeting;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * A meeting's agenda and papers went out to every member administration; its name is in each reader's language, its
 * papers listed with their symbols, titles and languages.
 */
public record MeetingPapersCirculated(Long meetingId, MessageSourceResolvable meetingName, LocalDate startDate,
        LocalDate endDate, String mode, LocalDate objectionDeadline, List<String> agenda, List<Paper> papers) {

    public MeetingPapersCirculated {
        agenda = List.copyOf(agenda);
        papers = List.copyOf(papers);
    }

    /** A paper: RCPM/31/Doc.4, its title, its languages (codes such as en, fr) and its document's id. */
    public record Paper(String symbol, String title, List<String> languages, long documentId) {
    }
}
