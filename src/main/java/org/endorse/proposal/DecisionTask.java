package org.endorse.proposal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.endorse.system.ProcessVariable;
import org.springframework.context.MessageSourceResolvable;

/**
 * A user task of a proposal process that is completed with a decision: the task's id in the BPMN, the
 * process variable the decision is written to, the decisions allowed there and, for some tasks, a decision
 * suggested by what the process found earlier (such as a DMN table's result) that the user may go against
 * only with a reason.
 */
public record DecisionTask(String taskKey, ProcessVariable<String> variable, List<Option> options,
        Suggestion suggestion) {

    public DecisionTask {
        options = List.copyOf(options);
    }

    public DecisionTask(String taskKey, ProcessVariable<String> variable, List<Option> options) {
        this(taskKey, variable, options, null);
    }

    /**
     * The secretariat's check every proposal starts with (processes/proposal-check.bpmn): COMPLETE moves it on
     * (the summary says where, in the kind's words), RETURN sends it back to the drafter for amendment with a reason.
     */
    public static DecisionTask secretariatCheck(String completeSummary) {
        return new DecisionTask(ProposalCheckProcess.USER_CHECK_SUBMISSION, ProposalCheckProcess.VAR_CHECK_OUTCOME,
                List.of(
                new Option("COMPLETE", ProposalEventType.CHECKED, completeSummary, false),
                new Option("RETURN", ProposalEventType.RETURNED, "Returned for amendment", true)));
    }

    /**
     * Where the suggested decision comes from: read from the proposal's own record by its reference (none
     * until it is known), and what suggested it, in words.
     */
    public record Suggestion(Function<String, Optional<String>> forProposal, MessageSourceResolvable source) {
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
