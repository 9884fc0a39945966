package org.endorse.proposal;

import java.util.List;

/**
 * What the proposal capability needs to know of a kind's BPMN process. Each kind's capability (nomination,
 * laboratory, terms) provides one as a bean.
 */
public interface ProposalProcess {

    ProposalKind kind();

    String processKey();

    /** The user task where the member amends a returned proposal; resubmitting completes it. */
    String amendTaskKey();

    /** The message that withdraws a running process at the member's request. */
    String withdrawalMessage();

    List<DecisionTask> decisionTasks();

    /** The heading the proposal goes under on a meeting's agenda; proposals decided together share it. */
    String agendaHeading(Proposal proposal);

    /** The kind-specific details shown with the proposal. */
    Object details(Proposal proposal);
}
