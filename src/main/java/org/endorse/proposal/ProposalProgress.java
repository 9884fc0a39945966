package org.endorse.proposal;

import java.util.List;

/**
 * Where a proposal stands on the spine every kind follows: drafted, checked, reviewed, endorsed. Each step is
 * done, current (what the proposal waits for), still to come, or where it stopped (withdrawn, not endorsed).
 */
public record ProposalProgress(List<Step> steps) {

    public enum Milestone {
        DRAFTED,
        CHECKED,
        REVIEWED,
        ENDORSED
    }

    public enum State {
        DONE,
        CURRENT,
        TO_COME,
        STOPPED
    }

    public record Step(Milestone milestone, State state) {
    }

    public static ProposalProgress of(Proposal proposal) {
        ProposalStatus status = proposal.getStatus();
        return switch (status) {
            case DRAFT -> at(Milestone.DRAFTED, State.CURRENT);
            case SUBMITTED, RETURNED -> at(Milestone.CHECKED, State.CURRENT);
            // The review of its kind (the technical assessment, the circulation) comes before the contact points'.
            case UNDER_ASSESSMENT, CIRCULATED, IN_REVISION, UNDER_REVIEW -> at(Milestone.REVIEWED, State.CURRENT);
            case AWAITING_ENDORSEMENT -> at(Milestone.ENDORSED, State.CURRENT);
            case NOT_ENDORSED -> at(Milestone.ENDORSED, State.STOPPED);
            case WITHDRAWN -> at(reachedBeforeWithdrawal(proposal), State.STOPPED);
            case ENDORSED, ELECTED, NOT_ELECTED, FORWARDED, DESIGNATED, NOT_RECOGNISED -> new ProposalProgress(
                    List.of(Milestone.values()).stream().map(milestone -> new Step(milestone, State.DONE)).toList());
        };
    }

    /** The steps before {@code milestone} are done, it is in the given state, the rest are to come. */
    private static ProposalProgress at(Milestone milestone, State state) {
        return new ProposalProgress(List.of(Milestone.values()).stream().map(step -> new Step(step,
                step.ordinal() < milestone.ordinal() ? State.DONE : step == milestone ? state : State.TO_COME))
                .toList());
    }

    /** The step a withdrawn proposal was waiting for, read from its timeline. */
    private static Milestone reachedBeforeWithdrawal(Proposal proposal) {
        List<ProposalEventType> happened = proposal.getTimeline().stream().map(ProposalEvent::getType).toList();
        if (happened.contains(ProposalEventType.REVIEWED)) {
            return Milestone.ENDORSED;
        }
        if (happened.contains(ProposalEventType.CHECKED)) {
            return Milestone.REVIEWED;
        }
        return happened.contains(ProposalEventType.SUBMITTED) ? Milestone.CHECKED : Milestone.DRAFTED;
    }
}
