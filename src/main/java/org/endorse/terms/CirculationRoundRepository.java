package org.endorse.terms;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface CirculationRoundRepository extends JpaRepository<CirculationRound, Long> {

    @EntityGraph(attributePaths = "answers")
    List<CirculationRound> findByProposalIdOrderByNumberAsc(Long proposalId);

    @EntityGraph(attributePaths = "answers")
    Optional<CirculationRound> findFirstByProposalIdOrderByNumberDesc(Long proposalId);
}
