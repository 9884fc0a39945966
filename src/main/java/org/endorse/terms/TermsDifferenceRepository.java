package org.endorse.terms;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TermsDifferenceRepository extends JpaRepository<TermsDifference, Long> {

    Optional<TermsDifference> findByProposalIdAndFromNumberAndToNumber(Long proposalId, int fromNumber, int toNumber);
}
