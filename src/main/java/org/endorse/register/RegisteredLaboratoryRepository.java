package org.endorse.register;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegisteredLaboratoryRepository extends JpaRepository<RegisteredLaboratory, Long> {

    @EntityGraph(attributePaths = "scope")
    Optional<RegisteredLaboratory> findByProposalReference(String proposalReference);

}
