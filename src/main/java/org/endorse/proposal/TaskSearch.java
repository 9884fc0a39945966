package org.endorse.proposal;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a list of tasks is filtered by, in the portal and the API alike: the proposal a task is about, the kind of
 * task (its key in the process model) and whom it is assigned to ({@code me}, or {@code nobody} for the tasks open
 * to a group and not yet claimed). Every filter left out matches everything.
 */
public record TaskSearch(@Size(max = 32) String proposal, @Size(max = 64) String task,
        @Pattern(regexp = "me|nobody", message = "{error.task.assigned}") String assigned) {

    public TaskSearch {
        proposal = proposal == null || proposal.isBlank() ? null : proposal.strip();
        task = task == null || task.isBlank() ? null : task.strip();
        assigned = assigned == null || assigned.isBlank() ? null : assigned.strip();
    }

    public static TaskSearch everything() {
        return new TaskSearch(null, null, null);
    }
}
