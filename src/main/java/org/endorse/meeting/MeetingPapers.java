package org.endorse.meeting;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.endorse.document.DocumentAccess;
import org.endorse.document.DocumentChange;
import org.endorse.document.DocumentOwner;
import org.endorse.document.Documents;
import org.endorse.security.EndorseUser;
import org.endorse.security.Role;
import org.endorse.system.ConflictException;
import org.endorse.system.ForbiddenException;
import org.endorse.system.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A meeting's papers, its own and those under each agenda item: read by whoever sees its agenda (staff always,
 * member administrations once the papers are circulated), added, revised and withdrawn by the secretariat until the
 * meeting is over. Papers get their symbols in agenda order when circulated, and a paper added later the next one;
 * a revision after circulation is announced to every member.
 */
@Component
class MeetingPapers {

    private static final Logger log = LoggerFactory.getLogger(MeetingPapers.class);

    private final MeetingRepository meetings;
    private final Documents documents;
    private final PaperSymbols symbols;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;

    MeetingPapers(MeetingRepository meetings, Documents documents, PaperSymbols symbols,
            ApplicationEventPublisher events, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.meetings = meetings;
        this.documents = documents;
        this.symbols = symbols;
        this.events = events;
    }

    /** The meeting's own papers first, then each agenda item's, in agenda order. */
    static List<DocumentOwner> ownersInAgendaOrder(Meeting meeting) {
        List<DocumentOwner> owners = new ArrayList<>();
        owners.add(DocumentOwner.meeting(meeting.getId()));
        meeting.getAgenda().forEach(item -> owners.add(DocumentOwner.agendaItem(item.getId())));
        return owners;
    }

    /** Papers under agenda items taken off the agenda stay with the meeting. */
    void keepWithMeeting(Meeting meeting, List<Long> removedItems) {
        documents.keepWith(DocumentOwner.meeting(meeting.getId()), removedItems);
    }

    /** At circulation: every paper gets its symbol, in agenda order. */
    void numberAtCirculation(Meeting meeting) {
        int numbered = documents.assignSymbols(ownersInAgendaOrder(meeting), symbols.seriesOf(meeting)).size();
        log.info("Papers of the {} numbered: {} paper(s) given their symbols", meeting.name(), numbered);
    }

    boolean mayRead(EndorseUser user, long meetingId) {
        return meetings.findById(meetingId).map(meeting -> meeting.showsAgendaTo(user)).orElse(false);
    }

    void checkChange(EndorseUser user, long meetingId) {
        Meeting meeting = meetings.findById(meetingId)
                .orElseThrow(() -> new NotFoundException("error.meeting.notFound", meetingId));
        // Read again under the lock, which the circulation of the papers takes too: a paper added meanwhile is
        // numbered by one or the other, never missed.
        entityManager.refresh(meeting, LockModeType.PESSIMISTIC_WRITE);
        if (!user.has(Role.SECRETARIAT)) {
            throw new ForbiddenException("error.document.papersSecretariatOnly");
        }
        if (meeting.getStatus().isOver()) {
            throw new ConflictException("error.document.meetingOver", meeting.nameText());
        }
    }

    void changed(long meetingId, DocumentChange change) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow();
        if (meeting.getCirculatedAt() == null) {
            return;
        }
        if (change.what() == DocumentChange.What.ADDED) {
            // Added after circulation: the next number of the meeting's series, at once.
            documents.assignSymbols(List.of(change.owner()), symbols.seriesOf(meeting));
        } else if (change.what() == DocumentChange.What.REVISED) {
            events.publishEvent(new MeetingPaperRevised(meeting.getId(), meeting.nameText(), change.symbol(),
                    change.revision(), change.title(), change.documentId()));
        }
    }

    String describe(long meetingId) {
        return meetings.findById(meetingId).map(Meeting::name).orElse("meeting " + meetingId);
    }

    /** The meeting's own papers. */
    @Component
    static class OfMeetings implements DocumentAccess {

        private final MeetingPapers papers;

        OfMeetings(MeetingPapers papers) {
            this.papers = papers;
        }

        @Override
        public DocumentOwner.Type ownerType() {
            return DocumentOwner.Type.MEETING;
        }

        @Override
        public boolean mayRead(EndorseUser user, long ownerId) {
            return papers.mayRead(user, ownerId);
        }

        @Override
        public void checkChange(EndorseUser user, long ownerId) {
            papers.checkChange(user, ownerId);
        }

        @Override
        public void changed(DocumentChange change) {
            papers.changed(change.owner().id(), change);
        }

        @Override
        public String describe(long ownerId) {
            return papers.describe(ownerId);
        }

        @Override
        public String pagePath(long ownerId) {
            return "/meetings/" + ownerId;
        }
    }

    /** The papers under an agenda item, read and changed as its meeting's. */
    @Component
    static class OfAgendaItems implements DocumentAccess {

        private final MeetingPapers papers;
        private final MeetingRepository meetings;

        OfAgendaItems(MeetingPapers papers, MeetingRepository meetings) {
            this.papers = papers;
            this.meetings = meetings;
        }

        @Override
        public DocumentOwner.Type ownerType() {
            return DocumentOwner.Type.AGENDA_ITEM;
        }

        @Override
        public boolean mayRead(EndorseUser user, long ownerId) {
            return meetings.meetingOfItem(ownerId).map(meeting -> papers.mayRead(user, meeting)).orElse(false);
        }

        @Override
        public void checkChange(EndorseUser user, long ownerId) {
            papers.checkChange(user, meetingOf(ownerId));
        }

        @Override
        public void changed(DocumentChange change) {
            papers.changed(meetingOf(change.owner().id()), change);
        }

        @Override
        public String describe(long ownerId) {
            return "item " + ownerId + " of the " + papers.describe(meetingOf(ownerId));
        }

        @Override
        public String pagePath(long ownerId) {
            return "/meetings/" + meetingOf(ownerId);
        }

        private long meetingOf(long itemId) {
            return meetings.meetingOfItem(itemId)
                    .orElseThrow(() -> new NotFoundException("error.meeting.noSuchItem", itemId, ""));
        }
    }
}
