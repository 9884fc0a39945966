package org.endorse.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.endorse.system.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    /** With its agenda; attendance is a second collection and loads on its own, or rows would multiply. */
    @EntityGraph(attributePaths = "agenda")
    Optional<Meeting> findWithAgendaById(Long id);

    /** The meeting with its agenda, or a 404 naming it. */
    default Meeting withAgenda(Long id) {
        return findWithAgendaById(id)
                .orElseThrow(() -> new NotFoundException("error.meeting.notFound", String.valueOf(id)));
    }

    /**
     * Locks the meeting's row until the transaction ends: an objection and the written procedure's conclusion
     * at its deadline take it, so that an objection is either in before the conclusion reads the agenda, or
     * refused after it.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Meeting m where m.id = :id")
    Optional<Meeting> lockById(@Param("id") Long id);

    @Query("select i.meeting.id from AgendaItem i where i.id = :itemId")
    Optional<Long> meetingOfItem(@Param("itemId") Long itemId);

    Page<Meeting> findByStatusIn(Collection<MeetingStatus> statuses, Pageable page);

    List<Meeting> findByStatusInOrderByStartDateAscIdAsc(Collection<MeetingStatus> statuses);

    /** Pending items of meetings not yet closed, so a proposal is never on two agendas at once. */
    @Query("""
            select i from AgendaItem i join fetch i.meeting m
            where i.proposalReference in :references and i.state = org.endorse.meeting.AgendaItemState.PENDING
              and m.status <> org.endorse.meeting.MeetingStatus.CLOSED""")
    List<AgendaItem> findPendingItems(@Param("references") Collection<String> references);
}
