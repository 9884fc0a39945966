package org.endorse.proposal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.endorse.system.Texts;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * All proposal processes known to this service, looked up by kind; and what a task of a proposal's process is,
 * which depends on the proposal's kind, since every kind's check runs in the same called process.
 */
@Component
class ProposalProcesses {

    /** The processes every kind's process calls, whose tasks are the proposal's tasks too. */
    private static final List<String> CALLED_KEYS = List.of(ProposalCheckProcess.KEY, ProposalEndorsementProcess.KEY);

    private final List<ProposalProcess> processes;

    ProposalProcesses(List<ProposalProcess> processes) {
        this.processes = List.copyOf(processes);
    }

    ProposalProcess of(ProposalKind kind) {
        return processes.stream().filter(process -> process.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("No process is installed for " + kind.label()));
    }

    /** The keys of every process a proposal's tasks may belong to: the kinds' and those they call. */
    List<String> keys() {
        return Stream.concat(processes.stream().map(ProposalProcess::processKey), CALLED_KEYS.stream()).toList();
    }

    /** The task as the kind's current model names it: a task of version 1 of its model by its successor's key. */
    private static String currentKey(ProposalProcess process, String taskKey) {
        return process.version1Tasks().getOrDefault(taskKey, taskKey);
    }

    Optional<DecisionTask> decisionTask(ProposalKind kind, String taskKey) {
        ProposalProcess process = of(kind);
        String key = currentKey(process, taskKey);
        return process.decisionTasks().stream().filter(task -> task.taskKey().equals(key)).findFirst();
    }

    /** Whether the task is one the drafter completes by resubmitting, in a process of any kind. */
    boolean isResubmitTask(String taskKey) {
        return processes.stream()
                .anyMatch(process -> process.resubmitTaskKeys().contains(currentKey(process, taskKey)));
    }

    /** The keys of the tasks that resubmitting a proposal of the kind completes, in any version of its model. */
    Collection<String> resubmitTaskKeys(ProposalKind kind) {
        ProposalProcess process = of(kind);
        return Stream.concat(process.resubmitTaskKeys().stream(), process.version1Tasks().entrySet().stream()
                .filter(task -> process.resubmitTaskKeys().contains(task.getValue())).map(task -> task.getKey()))
                .toList();
    }

    /** How a task that takes no decision here is completed, if it is such a task. */
    Optional<MessageSourceResolvable> completedElsewhere(ProposalKind kind, String taskKey, String reference) {
        ProposalProcess process = of(kind);
        String key = currentKey(process, taskKey);
        if (process.resubmitTaskKeys().contains(key)) {
            return Optional.of(Texts.of("error.task.elsewhere.resubmit", reference));
        }
        Function<String, MessageSourceResolvable> how = process.tasksCompletedElsewhere().get(key);
        return how == null ? Optional.empty() : Optional.of(how.apply(reference));
    }
}
