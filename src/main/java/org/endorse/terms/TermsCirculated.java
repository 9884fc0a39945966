package org.endorse.terms;

import java.time.Instant;
import java.util.List;

import org.endorse.proposal.ProposalSummary;

/**
 * A ToR version went to the contact points of the listed member administrations: at the opening of a round
 * (all of them), or as a reminder before its deadline (those that have not answered yet).
 */
public record TermsCirculated(ProposalSummary terms, String governedBody, int round, int version, Instant deadline,
        boolean reminder, List<String> members) {

    public TermsCirculated {
        members = List.copyOf(members);
    }
}
