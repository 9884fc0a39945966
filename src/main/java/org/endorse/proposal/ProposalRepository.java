package org.endorse.proposal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ProposalRepository extends JpaRepository<Proposal, Long>, JpaSpecificationExecutor<Proposal>,
        ProposalQueries {

    /** With its timeline, which every reader of a single proposal shows or extends. */
    @EntityGraph(attributePaths = "timeline")
    Optional<Proposal> findByReference(String reference);

    List<Proposal> findByStatusInOrderBySubmittedAtAscIdAsc(Collection<ProposalStatus> statuses);
}
