package org.endorse.proposal;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.endorse.ModelEngine;
import org.endorse.system.ProcessVariable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of processes/proposal-endorsement.bpmn alone: the meetings' decisions arrive as messages, deferrals
 * wait for the next, and the heads of Customs' decision is what the process ends with for its caller. The kinds'
 * process tests run the same through the whole service.
 */
class ProposalEndorsementModelTest {

    @RegisterExtension
    static final ModelEngine MODEL = new ModelEngine("proposal-endorsement.bpmn");

    ProposalStatusListener status = mock(ProposalStatusListener.class);
    ProcessInstance endorsement;

    @BeforeEach
    void start() {
        Mocks.register("proposalStatus", status);
        endorsement = MODEL.engine().getRuntimeService().startProcessInstanceByKey(ProposalEndorsementProcess.KEY,
                "TOR-2027-0001");
    }

    private void decided(ProposalStage stage, MeetingDecision decision) {
        MODEL.engine().getRuntimeService().createMessageCorrelation(stage.message())
                .processInstanceId(endorsement.getId())
                .setVariables(ProcessVariable.variables(stage.variable().with(decision.name()))).correlate();
    }

    @Test
    void recommendedAndEndorsedProposalEndsEndorsed() {
        assertThat(endorsement).isWaitingAt(ProposalEndorsementProcess.RECEIVE_CONTACT_POINT_REVIEW);
        verify(status).moveTo(any(DelegateExecution.class), eq("UNDER_REVIEW"));

        decided(ProposalStage.REVIEW, MeetingDecision.RECOMMENDED);
        assertThat(endorsement).isWaitingAt(ProposalEndorsementProcess.RECEIVE_ENDORSEMENT_DECISION);
        verify(status).moveTo(any(DelegateExecution.class), eq("AWAITING_ENDORSEMENT"));

        decided(ProposalStage.ENDORSEMENT, MeetingDecision.ENDORSED);
        assertThat(endorsement).hasPassed(ProposalEndorsementProcess.END_ENDORSED).isEnded();
    }

    @Test
    void notRecommendedProposalStillGoesToTheHeadsOfCustomsWhoMayNotEndorseIt() {
        decided(ProposalStage.REVIEW, MeetingDecision.NOT_RECOMMENDED);
        assertThat(endorsement).isWaitingAt(ProposalEndorsementProcess.RECEIVE_ENDORSEMENT_DECISION);

        decided(ProposalStage.ENDORSEMENT, MeetingDecision.NOT_ENDORSED);
        assertThat(endorsement).hasPassed(ProposalEndorsementProcess.END_NOT_ENDORSED)
                .hasNotPassed(ProposalEndorsementProcess.END_ENDORSED).isEnded();
    }

    @Test
    void deferredReviewAndDeferredEndorsementEachWaitForTheNextMeeting() {
        decided(ProposalStage.REVIEW, MeetingDecision.DEFERRED);
        assertThat(endorsement).isWaitingAt(ProposalEndorsementProcess.RECEIVE_CONTACT_POINT_REVIEW);
        verify(status, times(2)).moveTo(any(DelegateExecution.class), eq("UNDER_REVIEW"));

        decided(ProposalStage.REVIEW, MeetingDecision.RECOMMENDED);
        decided(ProposalStage.ENDORSEMENT, MeetingDecision.DEFERRED);
        assertThat(endorsement).isWaitingAt(ProposalEndorsementProcess.RECEIVE_ENDORSEMENT_DECISION);

        decided(ProposalStage.ENDORSEMENT, MeetingDecision.ENDORSED);
        assertThat(endorsement).hasPassed(ProposalEndorsementProcess.END_ENDORSED).isEnded();
    }

    @Test
    void proposalPlacedDirectlyBeforeTheHeadsOfCustomsSkipsTheReview() {
        MODEL.engine().getRuntimeService()
                .createMessageCorrelation(ProposalEndorsementProcess.MESSAGE_PLACED_BEFORE_HEADS)
                .processInstanceId(endorsement.getId()).correlate();

        assertThat(endorsement).hasPassed(ProposalEndorsementProcess.EVENT_PLACED_BEFORE_HEADS)
                .hasNotPassed("xor_recommendation")
                .isWaitingAt(ProposalEndorsementProcess.RECEIVE_ENDORSEMENT_DECISION);
        decided(ProposalStage.ENDORSEMENT, MeetingDecision.ENDORSED);
        assertThat(endorsement).hasPassed(ProposalEndorsementProcess.END_ENDORSED).isEnded();
    }
}
