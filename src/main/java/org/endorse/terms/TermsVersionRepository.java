package org.endorse.terms;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TermsVersionRepository extends JpaRepository<TermsVersion, Long> {

    List<TermsVersion> findByProposalIdOrderByNumberAsc(Long proposalId);

    Optional<TermsVersion> findFirstByProposalIdOrderByNumberDesc(Long proposalId);

    Optional<TermsVersion> findByProposalIdAndNumber(Long proposalId, int number);
}
