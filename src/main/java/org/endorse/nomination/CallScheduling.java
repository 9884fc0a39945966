package org.endorse.nomination;

import org.endorse.proposal.ProposalKind;
import org.endorse.proposal.ProposalService;
import org.endorse.proposal.ProposalStatus;
import org.endorse.proposal.ProposalStatusChanged;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the calls for nominations going: at every start each seat with terms has its next call scheduled, and a
 * nomination is checked against its call's deadline as it is submitted.
 */
@Component
@Order(4)
class CallScheduling implements ApplicationRunner {

    private final CallsForNominations calls;
    private final ProposalService proposals;

    CallScheduling(CallsForNominations calls, ProposalService proposals) {
        this.calls = calls;
        this.proposals = proposals;
    }

    @Override
    public void run(ApplicationArguments args) {
        calls.scheduleNextCalls();
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onSubmitted(ProposalStatusChanged change) {
        if (change.proposal().kind() == ProposalKind.NOMINATION && change.status() == ProposalStatus.SUBMITTED) {
            calls.markIfLate(proposals.byReference(change.proposal().reference()));
        }
    }
}
