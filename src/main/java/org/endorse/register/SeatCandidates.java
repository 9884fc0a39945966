package org.endorse.register;

import java.time.LocalDate;
import java.util.List;

import org.endorse.proposal.ProposalStatus;

/**
 * The nominations standing for a seat that have not taken it: running, or endorsed and awaiting the WCO body's
 * election. The nomination capability answers; the register shows them as who may be next.
 */
public interface SeatCandidates {

    List<Candidate> standingFor(Seat seat);

    record Candidate(String reference, String member, String memberName, String person, LocalDate termFrom,
            LocalDate termTo, ProposalStatus status) {
    }
}
