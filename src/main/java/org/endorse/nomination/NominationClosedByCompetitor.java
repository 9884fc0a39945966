package org.endorse.nomination;

import org.endorse.proposal.ProposalSummary;

/**
 * Published when a nomination is closed because a competing nomination for the same seat and term was
 * endorsed: no meeting decided on it, so its drafters are told why in words of their own.
 */
public record NominationClosedByCompetitor(ProposalSummary nomination, String endorsedReference, String note) {
}
