package org.endorse.nomination;

import org.endorse.register.Seat;
import org.endorse.register.Seats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At every start, nominations typed before seats were configured take the code of the configured seat of the same
 * kind and name; those matching none keep their typed seat.
 */
@Component
@Order(3)
class NominationSeatMatching implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NominationSeatMatching.class);

    private final NominationRepository nominations;
    private final Seats seats;
    private final TransactionTemplate transaction;

    NominationSeatMatching(NominationRepository nominations, Seats seats, TransactionTemplate transaction) {
        this.nominations = nominations;
        this.seats = seats;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Seat seat : seats.all()) {
            Integer matched = transaction.execute(status -> nominations.matchTypedSeat(seat.code(), seat.type(),
                    seat.name()));
            if (matched != null && matched > 0) {
                log.info("{} nominations typed as \"{}\" now name the configured seat {}", matched, seat.name(),
                        seat.code());
            }
        }
    }
}
