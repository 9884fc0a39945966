package org.endorse.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.endorse.proposal.ProposalProgress.Milestone;
import org.endorse.proposal.ProposalProgress.State;
import org.junit.jupiter.api.Test;

/** The stage indicator of a proposal's page: drafted, checked, reviewed, endorsed, and where it waits or stopped. */
class ProposalProgressTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

    @Test
    void aDraftWaitsForItsSubmission() {
        assertThat(states(proposal(ProposalStatus.DRAFT)))
                .containsExactly(State.CURRENT, State.TO_COME, State.TO_COME, State.TO_COME);
    }

    @Test
    void aSubmittedOrReturnedProposalWaitsForTheCheck() {
        assertThat(states(proposal(ProposalStatus.SUBMITTED)))
                .containsExactly(State.DONE, State.CURRENT, State.TO_COME, State.TO_COME);
        assertThat(states(proposal(ProposalStatus.RETURNED)))
                .containsExactly(State.DONE, State.CURRENT, State.TO_COME, State.TO_COME);
    }

    @Test
    void theReviewOfItsKindAndTheContactPointsReviewAreOneStep() {
        for (ProposalStatus status : new ProposalStatus[] {ProposalStatus.UNDER_ASSESSMENT, ProposalStatus.CIRCULATED,
                ProposalStatus.IN_REVISION, ProposalStatus.UNDER_REVIEW}) {
            assertThat(states(proposal(status))).as(status.name())
                    .containsExactly(State.DONE, State.DONE, State.CURRENT, State.TO_COME);
        }
    }

    @Test
    void anEndorsedProposalHasDoneEveryStepAndANotEndorsedOneStoppedAtTheLast() {
        assertThat(states(proposal(ProposalStatus.AWAITING_ENDORSEMENT)))
                .containsExactly(State.DONE, State.DONE, State.DONE, State.CURRENT);
        assertThat(states(proposal(ProposalStatus.DESIGNATED)))
                .containsExactly(State.DONE, State.DONE, State.DONE, State.DONE);
        assertThat(states(proposal(ProposalStatus.NOT_ENDORSED)))
                .containsExactly(State.DONE, State.DONE, State.DONE, State.STOPPED);
    }

    @Test
    void aWithdrawnProposalStoppedWhereItWasWaiting() {
        Proposal checked = proposal(ProposalStatus.WITHDRAWN);
        checked.record(ProposalEventType.SUBMITTED, "member", NOW, null);
        checked.record(ProposalEventType.CHECKED, "secretariat", NOW, null);
        checked.record(ProposalEventType.WITHDRAWN, "member", NOW, "No longer a candidate");
        assertThat(ProposalProgress.of(checked).steps()).filteredOn(step -> step.state() == State.STOPPED)
                .extracting(ProposalProgress.Step::milestone).containsExactly(Milestone.REVIEWED);

        Proposal draft = proposal(ProposalStatus.WITHDRAWN);
        assertThat(states(draft)).containsExactly(State.STOPPED, State.TO_COME, State.TO_COME, State.TO_COME);
    }

    private static Proposal proposal(ProposalStatus status) {
        Proposal proposal = new Proposal("NOM-2027-0001", ProposalKind.NOMINATION, "Indonesia for the Policy Commission",
                "IDN", "member", NOW, false);
        proposal.moveTo(status, NOW, false);
        return proposal;
    }

    private static List<State> states(Proposal proposal) {
        return ProposalProgress.of(proposal).steps().stream().map(ProposalProgress.Step::state).toList();
    }
}
