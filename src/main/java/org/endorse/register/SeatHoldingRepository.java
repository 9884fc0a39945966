package org.endorse.register;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SeatHoldingRepository extends JpaRepository<SeatHolding, Long> {

    boolean existsBySeatCodeAndMemberAndTermFrom(String seatCode, String member, LocalDate termFrom);

    List<SeatHolding> findAllByOrderBySeatCodeAscTermFromDescMemberAsc();

    List<SeatHolding> findBySeatCodeOrderByTermFromDesc(String seatCode);
}
