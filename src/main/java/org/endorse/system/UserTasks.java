package org.endorse.system;

import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The one way Endorse completes a user task for the user who took it, whatever the task: a decision, an
 * answer, a resubmission, a meeting's step. The capability has checked that the user may; this records who.
 */
@Component
public class UserTasks {

    private final TaskService tasks;

    UserTasks(TaskService tasks) {
        this.tasks = tasks;
    }

    /**
     * Completes the open task as this user: claimed for them first if nobody has it, so that Tasklist, Cockpit
     * and the history say who; refused with 409 if another user has claimed it, or if an administrator has
     * suspended its process (in Cockpit) until they activate it again.
     */
    public void completeAs(Task task, String userId, Map<String, Object> variables) {
        if (task.isSuspended()) {
            throw new ConflictException("error.task.suspended", task.getName());
        }
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), userId);
        } else if (!task.getAssignee().equals(userId)) {
            throw new ConflictException("error.task.claimed", task.getName(), task.getAssignee());
        }
        tasks.complete(task.getId(), variables);
    }
}
