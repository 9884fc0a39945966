package org.endorse.proposal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ProposalRepository extends JpaRepository<Proposal, Long>, JpaSpecificationExecutor<Proposal>,
        ProposalQueries {

    /** With its timeline, which every reader of a single proposal shows or extends. */
    @EntityGraph(attributePaths = "timeline")
    Optional<Proposal> findByReference(String reference);

    /** Without their timelines: a list's rows, read in one query. */
    List<Proposal> findByReferenceIn(Collection<String> references);

    /**
     * Locks the proposal's row until the transaction ends (select ... for update): another transaction that
     * locks it waits for this one to end, and then reads what it left.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Proposal p where p.reference = :reference")
    Optional<Proposal> lockByReference(String reference);

    List<Proposal> findByStatusInOrderBySubmittedAtAscIdAsc(Collection<ProposalStatus> statuses);
}
