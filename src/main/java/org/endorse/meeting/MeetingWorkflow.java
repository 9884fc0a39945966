package org.endorse.meeting;

import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.endorse.system.ConflictException;
import org.endorse.system.ProcessVariable;
import org.endorse.system.Texts;
import org.endorse.system.UserTasks;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/** Where meetings meet the engine: the business key of a meeting's process is the meeting's id. */
@Component
class MeetingWorkflow {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final UserTasks userTasks;

    MeetingWorkflow(RuntimeService runtime, TaskService tasks, UserTasks userTasks) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.userTasks = userTasks;
    }

    void start(Meeting meeting) {
        Instant deadline = meeting.getObjectionDeadline();
        runtime.startProcessInstanceByKey(MeetingProcess.KEY, meeting.getId().toString(), ProcessVariable.variables(
                MeetingProcess.VAR_MODE.with(meeting.getMode().name()),
                MeetingProcess.VAR_CHAIRS.with(meeting.chairs()),
                MeetingProcess.VAR_OBJECTION_DEADLINE.with(deadline == null ? null : deadline.toString())));
    }

    /** The owner of a new action item is reminded at the given moment, unless a meeting closes it before. */
    void startActionItem(ActionItem item, Instant reminderAt) {
        runtime.startProcessInstanceByKey(ActionItemProcess.KEY, item.getId().toString(), ProcessVariable.variables(
                ActionItemProcess.VAR_REMINDER_DATE.with(reminderAt.toString())));
    }

    void actionItemClosed(ActionItem item) {
        runtime.createMessageCorrelation(ActionItemProcess.MESSAGE_ACTION_ITEM_CLOSED)
                .processInstanceBusinessKey(item.getId().toString()).correlateAll();
    }

    /**
     * The meeting is postponed or cancelled: its process ends wherever it waits, and tells everyone invited. A meeting
     * convened on a version of the model without "Meeting called off" has its process ended here instead; the
     * answer is then false, and the caller tells everyone invited itself.
     */
    boolean callOff(Meeting meeting) {
        String businessKey = meeting.getId().toString();
        boolean listening = runtime.createExecutionQuery().processDefinitionKey(MeetingProcess.KEY)
                .processInstanceBusinessKey(businessKey)
                .messageEventSubscriptionName(MeetingProcess.MESSAGE_MEETING_CALLED_OFF).count() > 0;
        if (listening) {
            runtime.createMessageCorrelation(MeetingProcess.MESSAGE_MEETING_CALLED_OFF)
                    .processInstanceBusinessKey(businessKey).correlate();
            return true;
        }
        runtime.createProcessInstanceQuery().processDefinitionKey(MeetingProcess.KEY)
                .processInstanceBusinessKey(businessKey).list()
                .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "Meeting called off"));
        return false;
    }

    /** Completes the meeting's step, or says that the meeting is not at that step. */
    void complete(Meeting meeting, String taskKey, String userId, MessageSourceResolvable what) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(meeting.getId().toString())
                .processDefinitionKey(MeetingProcess.KEY).taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new ConflictException("error.meeting.notAtStep", meeting.nameText(),
                    Texts.of("error.meeting.status." + meeting.getStatus().name()), what);
        }
        userTasks.completeAs(task, userId, Map.of());
    }
}
