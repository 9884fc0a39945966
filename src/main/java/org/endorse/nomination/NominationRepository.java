package org.endorse.nomination;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.endorse.proposal.ProposalStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NominationRepository extends JpaRepository<Nomination, Long> {

    @Query("select n from Nomination n join Proposal p on p.id = n.proposalId where p.reference = :reference")
    Optional<Nomination> findByReference(@Param("reference") String reference);

    /** Nominations for the same seat and term, in the given statuses, other than the one named. */
    @Query("""
            select new org.endorse.nomination.NominationDetails$Competitor(p.reference, n.nominatedMember, p.status)
            from Nomination n join Proposal p on p.id = n.proposalId
            where lower(n.seatName) = lower(:seatName) and n.seatType = :seatType
              and n.termFrom = :termFrom and n.termTo = :termTo
              and p.reference <> :reference and p.status in :statuses
            order by p.reference""")
    List<NominationDetails.Competitor> findCompetitors(@Param("reference") String reference,
            @Param("seatType") SeatType seatType, @Param("seatName") String seatName,
            @Param("termFrom") LocalDate termFrom, @Param("termTo") LocalDate termTo,
            @Param("statuses") Collection<ProposalStatus> statuses);
}
