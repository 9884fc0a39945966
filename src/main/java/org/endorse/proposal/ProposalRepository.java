package org.endorse.proposal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProposalRepository extends JpaRepository<Proposal, Long> {

    /** With its timeline, which every reader of a single proposal shows or extends. */
    @EntityGraph(attributePaths = "timeline")
    Optional<Proposal> findByReference(String reference);

    List<Proposal> findByStatusInOrderBySubmittedAtAscIdAsc(Collection<ProposalStatus> statuses);

    /**
     * What a user may see: everything of their own member administrations (and, for the secretariat, what it
     * drafted itself); for staff, all that was submitted; for members, submitted proposals of the kinds open
     * to all members.
     */
    @Query("""
            select p from Proposal p
            where (p.submittingMember in :memberCodes
                   or (:secretariat = true and p.draftedBySecretariat = true)
                   or (p.submittedAt is not null
                       and (:staff = true or (:member = true and p.kind in :openKinds))))
              and (:status is null or p.status = :status)
              and (:kind is null or p.kind = :kind)
            order by p.createdAt desc, p.id desc""")
    List<Proposal> findVisible(@Param("memberCodes") Collection<String> memberCodes, @Param("staff") boolean staff,
            @Param("secretariat") boolean secretariat, @Param("openKinds") Collection<ProposalKind> openKinds,
            @Param("member") boolean member, @Param("status") ProposalStatus status, @Param("kind") ProposalKind kind);
}
