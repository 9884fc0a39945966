package org.endorse.proposal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.endorse.system.Texts;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/** All proposal processes known to this service, looked up by kind, process key or task. */
@Component
class ProposalProcesses {

    private final List<ProposalProcess> processes;

    ProposalProcesses(List<ProposalProcess> processes) {
        this.processes = List.copyOf(processes);
    }

    ProposalProcess of(ProposalKind kind) {
        return processes.stream().filter(process -> process.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("No process is installed for " + kind.label()));
    }

    List<String> keys() {
        return processes.stream().map(ProposalProcess::processKey).toList();
    }

    Optional<DecisionTask> decisionTask(String taskKey) {
        return processes.stream().flatMap(process -> process.decisionTasks().stream())
                .filter(task -> task.taskKey().equals(taskKey)).findFirst();
    }

    boolean isResubmitTask(String taskKey) {
        return processes.stream().anyMatch(process -> process.resubmitTaskKeys().contains(taskKey));
    }

    /** How a task that takes no decision here is completed, if it is such a task. */
    Optional<MessageSourceResolvable> completedElsewhere(String taskKey, String reference) {
        for (ProposalProcess process : processes) {
            if (process.resubmitTaskKeys().contains(taskKey)) {
                return Optional.of(Texts.of("error.task.elsewhere.resubmit", reference));
            }
            Function<String, MessageSourceResolvable> how = process.tasksCompletedElsewhere().get(taskKey);
            if (how != null) {
                return Optional.of(how.apply(reference));
            }
        }
        return Optional.empty();
    }
}
