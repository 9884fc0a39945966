package org.endorse.terms;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TermsRepository extends JpaRepository<TermsOfReference, Long> {

    @Query("select t from TermsOfReference t join Proposal p on p.id = t.proposalId where p.reference = :reference")
    Optional<TermsOfReference> findByReference(@Param("reference") String reference);
}
