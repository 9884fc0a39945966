package org.endorse.proposal;

import java.util.List;
import java.util.Optional;

/**
 * A user task of a proposal process that is completed with a decision: the task's id in the BPMN, the
 * process variable the decision is written to, and the decisions allowed there.
 */
public record DecisionTask(String taskKey, String variable, List<Option> options) {

    public DecisionTask {
        options = List.copyOf(options);
    }

    /**
     * One allowed decision: the value the BPMN's gateway tests, the timeline event it records, how the
     * timeline words it, and whether the user must give a reason.
     */
    public record Option(String value, ProposalEventType event, String summary, boolean reasonRequired) {
    }

    public Optional<Option> option(String value) {
        return options.stream().filter(option -> option.value().equals(value)).findFirst();
    }

    public List<String> values() {
        return options.stream().map(Option::value).toList();
    }
}
