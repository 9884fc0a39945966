package org.endorse.nomination;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CallRepository extends JpaRepository<CallForNominations, Long> {

    Optional<CallForNominations> findBySeatCodeAndTermFrom(String seatCode, LocalDate termFrom);
}
