package org.endorse.nomination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.endorse.register.Seat;
import org.endorse.register.Seats;
import org.endorse.system.ProcessModelBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read by regional-nomination.bpmn as {@code ${nominationElection.follows(execution)}} after the endorsement. */
@ProcessModelBean
@Component("nominationElection")
public class NominationElection {

    private final NominationRepository nominations;
    private final Seats seats;

    NominationElection(NominationRepository nominations, Seats seats) {
        this.nominations = nominations;
        this.seats = seats;
    }

    /** Whether a WCO body elects after the region's endorsement, as the nomination's seat is configured now. */
    @Transactional(readOnly = true)
    public boolean follows(DelegateExecution execution) {
        String seatCode = nominations.findByReference(execution.getProcessBusinessKey()).orElseThrow().getSeatCode();
        return seatCode != null && seats.find(seatCode).map(Seat::followsElection).orElse(false);
    }
}
