package org.endorse.proposal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.endorse.security.EndorseUser;
import org.endorse.security.Role;
import org.endorse.system.ConflictException;
import org.endorse.system.ProcessVariable;
import org.endorse.system.UserTasks;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The one place where proposals meet the Camunda engine: starting processes, correlating messages and
 * working on user tasks. The business key of every proposal process is the proposal's reference.
 */
@Component
class ProposalWorkflow {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final UserTasks userTasks;

    ProposalWorkflow(RuntimeService runtime, TaskService tasks, HistoryService history, UserTasks userTasks) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.userTasks = userTasks;
    }

    /** Starts the kind's process, which calls the shared check and the review and endorsement in turn. */
    void start(ProposalProcess process, Proposal proposal) {
        runtime.startProcessInstanceByKey(process.processKey(), proposal.getReference(),
                ProcessVariable.variables(ProposalProcess.VAR_MEMBER_GROUP.with(proposal.isDraftedBySecretariat()
                        ? Role.SECRETARIAT.groupId() : Role.memberGroupOf(proposal.getSubmittingMember()))));
    }

    /**
     * Whether an administrator has suspended one of the proposal's processes (Cockpit's Suspend): it is on hold,
     * and nothing moves it until they activate it again. Its processes run from its submission until it is closed.
     */
    boolean isSuspended(Proposal proposal) {
        return proposal.getSubmittedAt() != null && proposal.getClosedAt() == null
                && isSuspended(proposal.getReference());
    }

    private boolean isSuspended(String reference) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).suspended().count() > 0;
    }

    /**
     * Refuses (409) to move a proposal on hold, before the engine would: any of its processes, since a step taken
     * in the one it calls goes on into the one that called it.
     */
    private void ensureNotSuspended(String reference) {
        if (isSuspended(reference)) {
            throw new ConflictException("error.proposal.suspended", reference);
        }
    }

    /** Delivers a message without variables to the running process of a proposal, such as a withdrawal. */
    void correlate(String messageName, String reference) {
        ensureNotSuspended(reference);
        runtime.createMessageCorrelation(messageName).processInstanceId(waitingFor(messageName, reference))
                .correlateWithResult();
    }

    /** Whether a process instance of the proposal waits for the message now. */
    boolean waitsFor(String messageName, String reference) {
        return !instancesWaitingFor(messageName, reference).isEmpty();
    }

    /**
     * The id of the one process instance of the proposal that waits for the message: the kind's process for a
     * withdrawal, the review and endorsement it calls for a meeting's decision. Both carry the proposal's reference
     * as business key, so correlating by the key alone could reach the wrong one.
     */
    private String waitingFor(String messageName, String reference) {
        Set<String> waiting = instancesWaitingFor(messageName, reference);
        if (waiting.size() != 1) {
            throw new IllegalStateException("Proposal " + reference + " has " + (waiting.isEmpty() ? "no"
                    : waiting.size()) + " running process waiting for '" + messageName + "'");
        }
        return waiting.iterator().next();
    }

    private Set<String> instancesWaitingFor(String messageName, String reference) {
        return runtime.createExecutionQuery().messageEventSubscriptionName(messageName)
                .processInstanceBusinessKey(reference).list().stream().map(Execution::getProcessInstanceId)
                .collect(Collectors.toSet());
    }

    /**
     * Delivers a meeting's decision to the instance waiting for the stage's message, in the value its model tests:
     * the review and endorsement process, or a kind's process of version 1 still waiting there itself.
     */
    void correlateDecision(ProposalStage stage, String reference, MeetingDecision decision) {
        ensureNotSuspended(reference);
        String instance = waitingFor(stage.message(), reference);
        boolean calledProcess = runtime.createProcessInstanceQuery().processInstanceId(instance)
                .processDefinitionKey(ProposalEndorsementProcess.KEY).count() == 1;
        String value = calledProcess ? decision.name() : stage.version1Value(decision);
        runtime.createMessageCorrelation(stage.message()).processInstanceId(instance)
                .setVariables(ProcessVariable.variables(stage.variable().with(value))).correlateWithResult();
    }

    Optional<Task> openTask(String reference, String taskKey) {
        return openTask(reference, List.of(taskKey));
    }

    /** The proposal's open task with one of the keys, in its own process or one it calls. */
    Optional<Task> openTask(String reference, Collection<String> taskKeys) {
        return Optional.ofNullable(tasks.createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKeyIn(taskKeys.toArray(String[]::new)).singleResult());
    }

    /**
     * Completes the open task of a proposal's process that a capability's own endpoint stands for, such as
     * recording a recognition; 409, saying what the task waits for, when the proposal is not at that task.
     */
    void completeTask(String reference, String taskKey, String userId, Map<String, Object> variables,
            MessageSourceResolvable what) {
        Task task = openTask(reference, taskKey).orElseThrow(() -> new ConflictException(
                "error.proposal.notWaitingFor", reference, what));
        completeAs(reference, task, userId, variables);
    }

    /** Like {@link #completeTask}, for one of several parallel tasks: the one open to the given group. */
    void completeTaskOfGroup(String reference, String taskKey, String candidateGroup, String userId,
            Map<String, Object> variables, MessageSourceResolvable what) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey)
                .taskCandidateGroup(candidateGroup).includeAssignedTasks().singleResult();
        if (task == null) {
            throw new ConflictException("error.proposal.notWaitingFor", reference, what);
        }
        completeAs(reference, task, userId, variables);
    }

    /** Completes the proposal's open task as the user who decided it (see {@link UserTasks}). */
    void completeAs(String reference, Task task, String userId, Map<String, Object> variables) {
        ensureNotSuspended(reference);
        userTasks.completeAs(task, userId, variables);
    }

    /** The id of the proposal's running process instance, for a link to Cockpit; none once it has ended. */
    Optional<String> runningInstanceOf(ProposalProcess process, String reference) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery().processDefinitionKey(process.processKey())
                .processInstanceBusinessKey(reference).singleResult()).map(ProcessInstance::getId);
    }

    Optional<Task> task(String taskId) {
        return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult());
    }

    /** Whether the task belongs to a process of one of the keys. */
    boolean isTaskOf(Task task, Collection<String> processKeys) {
        return tasks.createTaskQuery().taskId(task.getId()).processDefinitionKeyIn(processKeys.toArray(String[]::new))
                .count() == 1;
    }

    Optional<HistoricTaskInstance> historicTask(String taskId) {
        return Optional.ofNullable(history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult());
    }

    /**
     * Open tasks of proposal processes the user is assigned to or may claim through one of their groups, as a query
     * to be filtered, counted and read a page at a time.
     */
    TaskQuery openTasksOf(EndorseUser user, Collection<String> processKeys) {
        return tasks.createTaskQuery().processDefinitionKeyIn(processKeys.toArray(String[]::new))
                .or().taskAssignee(user.id()).taskCandidateGroupIn(List.copyOf(user.groupIds())).endOr();
    }

    /**
     * Whether the user is in one of the groups the process model made candidates of the task. Being its assignee
     * is not enough: a task assigned to someone outside those groups (in Tasklist, say) stays theirs to release.
     */
    boolean mayWork(Task task, EndorseUser user) {
        return candidateGroups(task.getId()).stream().anyMatch(user.groupIds()::contains);
    }

    List<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }

    Map<String, String> businessKeys(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(new HashSet<>(processInstanceIds)).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    void claim(String reference, String taskId, String userId) {
        ensureNotSuspended(reference);
        tasks.claim(taskId, userId);
    }

}
