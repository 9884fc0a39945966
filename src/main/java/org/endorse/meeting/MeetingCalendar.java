package org.endorse.meeting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Status;

import org.endorse.member.MemberDirectory;
import org.springframework.stereotype.Component;

/** Meetings as iCalendar events: all-day events over the meeting's dates, one feed for those to come. */
@Component
class MeetingCalendar {

    private final MemberDirectory members;

    MeetingCalendar(MemberDirectory members) {
        this.members = members;
    }

    String of(List<Meeting> meetings) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Endorse//Regional meetings//EN");
        for (Meeting meeting : meetings) {
            calendar.addEvent(event(meeting));
        }
        return Biweekly.write(calendar).go();
    }

    private VEvent event(Meeting meeting) {
        VEvent event = new VEvent();
        event.setUid("meeting-" + meeting.getId() + "@endorse");
        event.setSummary(meeting.name());
        event.setDateStart(new DateStart(day(meeting.getStartDate()), false));
        // DTEND of an all-day event is the day after its last day.
        event.setDateEnd(new DateEnd(day(meeting.getEndDate().plusDays(1)), false));
        event.setLocation(switch (meeting.getMode()) {
            case IN_PERSON, HYBRID -> meeting.getVenue() != null ? meeting.getVenue()
                    : members.nameOf(meeting.getHostMember());
            case VIRTUAL -> "Virtual meeting hosted by " + members.nameOf(meeting.getHostMember());
            case WRITTEN_PROCEDURE -> "Written procedure";
        });
        event.setDescription(meeting.getTitle() + "\nChair: " + meeting.getChair() + "\nTime zone: "
                + meeting.getTimeZone().getId() + (meeting.getObjectionDeadline() == null ? ""
                        : "\nObjections due by " + meeting.getObjectionDeadline()));
        // A postponed meeting does not take place on these dates: it is convened again on its new ones.
        event.setStatus(meeting.getStatus() == MeetingStatus.POSTPONED || meeting.getStatus() == MeetingStatus.CANCELLED
                ? Status.cancelled() : Status.confirmed());
        return event;
    }

    /** biweekly writes date-only values in the JVM's zone, so the day is taken at midnight there. */
    private static Date day(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
