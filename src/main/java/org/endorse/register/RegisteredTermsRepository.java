package org.endorse.register;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RegisteredTermsRepository extends JpaRepository<RegisteredTerms, Long> {

    @Query("""
            select t from RegisteredTerms t where lower(t.governedBody) = lower(:governedBody)
              and t.supersededOn is null""")
    List<RegisteredTerms> findInForce(@Param("governedBody") String governedBody);

    List<RegisteredTerms> findBySupersededOnIsNullOrderByGovernedBodyAsc();

    Optional<RegisteredTerms> findByProposalReference(String proposalReference);

    List<RegisteredTerms> findAllByOrderByGovernedBodyAscAdoptedOnDescIdDesc();
}
