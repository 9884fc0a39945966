package org.endorse.register;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RegisteredTermsRepository extends JpaRepository<RegisteredTerms, Long> {

    @Query("""
            select t from RegisteredTerms t where lower(t.governedBody) = lower(:governedBody)
              and t.supersededOn is null""")
    List<RegisteredTerms> findInForce(@Param("governedBody") String governedBody);

    Page<RegisteredTerms> findBySupersededOnIsNull(Pageable page);

    Optional<RegisteredTerms> findByProposalReference(String proposalReference);
}
