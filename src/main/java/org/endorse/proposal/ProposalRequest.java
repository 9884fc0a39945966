package org.endorse.proposal;

/** What every kind's draft request says the same way: the proposal's title and who submits it. */
public interface ProposalRequest {

    String title();

    /** The code of the member administration the proposal is drafted for. */
    String submittingMember();
}
