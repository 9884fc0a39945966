package org.endorse.meeting;

import java.util.Map;

import org.endorse.document.Symbols;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * endorse.meetings.paper-symbols: how each kind of meeting names its papers, such as "RCPM/{number}/Doc.{sequence}":
 * {number} is the meeting's number, {contactPointsNumber} a joint session's contact points number, and {sequence}
 * the paper's own. Meetings with the same series (one convened again after a postponement, with its number)
 * continue one numbering.
 */
@ConfigurationProperties("endorse.meetings")
record PaperSymbols(Map<MeetingType, String> paperSymbols) {

    PaperSymbols {
        paperSymbols = paperSymbols == null ? Map.of() : Map.copyOf(paperSymbols);
        for (MeetingType type : MeetingType.values()) {
            String pattern = paperSymbols.get(type);
            if (pattern == null || !pattern.contains(Symbols.SEQUENCE)) {
                throw new IllegalStateException("endorse.meetings.paper-symbols." + type + " must be set, with "
                        + Symbols.SEQUENCE + " where each paper's number goes, such as RCPM/{number}/Doc.{sequence}");
            }
        }
    }

    /** The meeting's series: RCPM/31/Doc.{sequence}. */
    String seriesOf(Meeting meeting) {
        return paperSymbols.get(meeting.getType()).replace("{number}", String.valueOf(meeting.getNumber()))
                .replace("{contactPointsNumber}", meeting.getContactPointsNumber() == null ? ""
                        : String.valueOf(meeting.getContactPointsNumber()));
    }
}
