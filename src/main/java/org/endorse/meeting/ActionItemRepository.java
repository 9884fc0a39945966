package org.endorse.meeting;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    /** Action items agreed at a meeting, in the order they were agreed. */
    @Query("select a from ActionItem a join fetch a.meeting where a.meeting.id = :meetingId order by a.id")
    List<ActionItem> findAgreedAt(@Param("meetingId") Long meetingId);

    /**
     * Open action items agreed at other meetings that no meeting not yet closed follows up: those the next agenda
     * takes up, oldest first.
     */
    @Query("""
            select a from ActionItem a join fetch a.meeting m
            where a.status = org.endorse.meeting.ActionItem.Status.OPEN and m.id <> :meetingId
              and not exists (select i from AgendaItem i where i.followsUp = a
                              and i.state = org.endorse.meeting.AgendaItemState.PENDING
                              and i.meeting.status <> org.endorse.meeting.MeetingStatus.CLOSED)
            order by a.dueOn, a.id""")
    List<ActionItem> findToFollowUp(@Param("meetingId") Long meetingId);

    /** A page of the open action items, with the meetings that agreed them. */
    @Query(value = "select a from ActionItem a join fetch a.meeting"
            + " where a.status = org.endorse.meeting.ActionItem.Status.OPEN",
            countQuery = "select count(a) from ActionItem a"
                    + " where a.status = org.endorse.meeting.ActionItem.Status.OPEN")
    Page<ActionItem> findOpen(Pageable page);
}
