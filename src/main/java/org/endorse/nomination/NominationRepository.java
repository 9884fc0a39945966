package org.endorse.nomination;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.endorse.proposal.ProposalStatus;
import org.endorse.register.SeatType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NominationRepository extends JpaRepository<Nomination, Long> {

    @Query("select n from Nomination n join Proposal p on p.id = n.proposalId where p.reference = :reference")
    Optional<Nomination> findByReference(@Param("reference") String reference);

    /**
     * Nominations for the same seat and term, in the given statuses, other than the one named: the same configured
     * seat, or for a seat typed before seats were configured, the same kind and name.
     */
    @Query("""
            select new org.endorse.nomination.NominationDetails$Competitor(p.reference, n.nominatedMember, p.status)
            from Nomination n join Proposal p on p.id = n.proposalId
            where ((:seatCode is not null and n.seatCode = :seatCode)
                   or (:seatCode is null and n.seatCode is null and lower(n.seatName) = lower(:seatName)
                       and n.seatType = :seatType))
              and n.termFrom = :termFrom and n.termTo = :termTo
              and p.reference <> :reference and p.status in :statuses
            order by p.reference""")
    List<NominationDetails.Competitor> findCompetitors(@Param("reference") String reference,
            @Param("seatCode") String seatCode, @Param("seatType") SeatType seatType,
            @Param("seatName") String seatName, @Param("termFrom") LocalDate termFrom,
            @Param("termTo") LocalDate termTo, @Param("statuses") Collection<ProposalStatus> statuses);

    /** The nominations for a configured seat in the given statuses, the soonest term first. */
    @Query("""
            select new org.endorse.nomination.NominationDetails$Standing(p.reference, n.nominatedMember, n.nomineeName,
                n.termFrom, n.termTo, p.status)
            from Nomination n join Proposal p on p.id = n.proposalId
            where n.seatCode = :seatCode and p.status in :statuses
            order by n.termFrom, p.reference""")
    List<NominationDetails.Standing> findStanding(@Param("seatCode") String seatCode,
            @Param("statuses") Collection<ProposalStatus> statuses);

    /** The nominations for a seat's term in none of the given statuses, not counting those submitted late. */
    @Query("""
            select count(n) from Nomination n join Proposal p on p.id = n.proposalId
            where n.seatCode = :seatCode and n.termFrom = :termFrom and p.status not in :excluded and n.late = false""")
    long countCandidates(@Param("seatCode") String seatCode, @Param("termFrom") LocalDate termFrom,
            @Param("excluded") Collection<ProposalStatus> excluded);

    /** Gives nominations typed before seats were configured the code of the configured seat of that kind and name. */
    @Modifying
    @Query("""
            update Nomination n set n.seatCode = :seatCode
            where n.seatCode is null and n.seatType = :seatType and lower(n.seatName) = lower(:seatName)""")
    int matchTypedSeat(@Param("seatCode") String seatCode, @Param("seatType") SeatType seatType,
            @Param("seatName") String seatName);
}
