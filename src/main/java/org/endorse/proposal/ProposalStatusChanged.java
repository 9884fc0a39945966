package org.endorse.proposal;

/** Published whenever a proposal's process moves it to another status, for other capabilities to follow. */
public record ProposalStatusChanged(String reference, ProposalKind kind, ProposalStatus status) {
}
