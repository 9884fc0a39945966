package org.endorse.laboratory;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LaboratoryRepository extends JpaRepository<Laboratory, Long> {

    @Query("select l from Laboratory l join Proposal p on p.id = l.proposalId where p.reference = :reference")
    Optional<Laboratory> findByReference(@Param("reference") String reference);
}
