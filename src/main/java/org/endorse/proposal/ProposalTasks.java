package org.endorse.proposal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.endorse.security.EndorseUser;
import org.endorse.system.ConflictException;
import org.endorse.system.EndorseException;
import org.endorse.system.ForbiddenException;
import org.endorse.system.InvalidFieldException;
import org.endorse.system.NotFoundException;
import org.endorse.system.ProcessVariable;
import org.endorse.system.PageQuery;
import org.endorse.system.PageResult;
import org.endorse.system.Texts;
import org.endorse.system.WorldDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tasks of proposal processes as users see and complete them: listing, claiming, deciding. */
@Service
public class ProposalTasks {

    private static final Logger log = LoggerFactory.getLogger(ProposalTasks.class);

    private final ProposalWorkflow workflow;
    private final ProposalProcesses processes;
    private final ProposalService proposals;
    private final ProposalRepository proposalRows;
    private final Clock clock;

    ProposalTasks(ProposalWorkflow workflow, ProposalProcesses processes, ProposalService proposals,
            ProposalRepository proposalRows, Clock clock) {
        this.workflow = workflow;
        this.processes = processes;
        this.proposals = proposals;
        this.proposalRows = proposalRows;
        this.clock = clock;
    }

    /** How lists of tasks may be sorted; the oldest first unless asked otherwise. */
    static final PageQuery.Sorting SORTING = new PageQuery.Sorting(Map.of("created", "created", "due", "due",
            "name", "name"), "created,asc", "id");

    /**
     * A task with the proposal it belongs to, the decisions it takes and its deadline, if it has one. A task
     * that takes no decision here says how it is completed ({@code howToComplete}) and what it asks of whom
     * ({@code completedElsewhere}).
     */
    public record TaskView(String id, String name, String taskKey, String proposalReference, String proposalTitle,
            ProposalKind kind, String submittingMember, String assignee, Date created, Date due,
            List<DecisionTask.Option> decisions, String suggestedDecision, String howToComplete,
            boolean completedElsewhere) {
    }

    /**
     * One page of the user's open tasks that match the search, sorted by creation, deadline or name: read in a fixed
     * number of queries (count, page, their processes, their proposals), however many tasks are open.
     */
    @Transactional(readOnly = true)
    public PageResult<TaskView> tasksOf(EndorseUser user, TaskSearch search, PageQuery page) {
        TaskQuery query = workflow.openTasksOf(user, processes.keys());
        if (search.proposal() != null) {
            query.processInstanceBusinessKey(search.proposal());
        }
        if (search.task() != null) {
            query.taskDefinitionKey(search.task());
        }
        if ("me".equals(search.assigned())) {
            query.taskAssignee(user.id());
        } else if ("nobody".equals(search.assigned())) {
            query.taskUnassigned();
        }
        long total = query.count();
        PageQuery within = page.within(total);
        Pageable pageable = within.pageable(SORTING);
        for (Sort.Order order : pageable.getSort()) {
            switch (order.getProperty()) {
                case "created" -> query.orderByTaskCreateTime();
                case "due" -> query.orderByDueDate();
                case "name" -> query.orderByTaskName();
                default -> query.orderByTaskId();
            }
            if (order.isAscending()) {
                query.asc();
            } else {
                query.desc();
            }
        }
        List<TaskView> views = views(query.listPage((int) pageable.getOffset(), pageable.getPageSize()));
        return PageResult.of(new PageImpl<>(views, pageable, total), within, page.sortOrDefault(SORTING));
    }

    /** The tasks with their proposals: their references and the proposals each read in one query. */
    private List<TaskView> views(List<Task> tasks) {
        Map<String, String> references = workflow.businessKeys(
                tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()));
        Map<String, Proposal> byReference = proposalRows.findByReferenceIn(references.values()).stream()
                .collect(Collectors.toMap(Proposal::getReference, proposal -> proposal));
        return tasks.stream().map(task -> view(task, byReference.get(references.get(task.getProcessInstanceId()))))
                .toList();
    }

    @Transactional(readOnly = true)
    public TaskView task(EndorseUser user, String taskId) {
        Workable work = workable(user, taskId);
        return view(work.task(), work.proposal());
    }

    @Transactional
    public TaskView claim(EndorseUser user, String taskId) {
        return whileOpen(taskId, () -> {
            Workable work = workable(user, taskId);
            Task task = work.task();
            if (task.getAssignee() == null) {
                workflow.claim(work.proposal().getReference(), taskId, user.id());
                log.info("Task '{}' ({}) claimed by {}", task.getName(), taskId, user.id());
            }
            return task(user, taskId);
        });
    }

    /** Completes a decision task: the decision goes into the proposal's timeline and moves its process on. */
    @Transactional
    public void complete(EndorseUser user, String taskId, String decision, String reason, LocalDate doneOn) {
        whileOpen(taskId, () -> {
            decide(user, taskId, decision, reason, doneOn);
            return null;
        });
    }

    /**
     * A step taken before it is entered (a region bringing in its history) is dated on the day it was taken: a day
     * that has begun somewhere in the region, and not before the proposal's latest step.
     */
    private void checkDoneOn(Proposal proposal, LocalDate doneOn) {
        LocalDate latestToday = WorldDays.latest(clock.instant());
        LocalDate previous = proposal.latestEvent().map(ProposalEvent::getDay).orElse(doneOn);
        if (doneOn.isAfter(latestToday) || doneOn.isBefore(previous)) {
            throw new InvalidFieldException("doneOn", "error.task.doneOn", doneOn.toString(), previous.toString());
        }
    }

    private void decide(EndorseUser user, String taskId, String decision, String reason, LocalDate doneOn) {
        Workable work = workable(user, taskId);
        Task task = work.task();
        Proposal proposal = work.proposal();
        String reference = proposal.getReference();
        var elsewhere = processes.completedElsewhere(proposal.getKind(), task.getTaskDefinitionKey(), reference);
        if (elsewhere.isPresent()) {
            throw new InvalidFieldException("decision", "error.task.completedElsewhere", task.getName(),
                    elsewhere.get());
        }
        DecisionTask decisionTask = processes.decisionTask(proposal.getKind(), task.getTaskDefinitionKey())
                .orElseThrow(() -> new IllegalStateException("Task " + task.getTaskDefinitionKey()
                        + " has no decisions defined for " + proposal.getKind().label()));
        if (decision == null || decision.isBlank()) {
            throw new InvalidFieldException("decision", "error.task.decisionRequired",
                    String.valueOf(decisionTask.values()));
        }
        if (decisionTask.taskKey().equals(ProposalCheckProcess.USER_CHECK_SUBMISSION)
                && proposal.isDraftedBySecretariat() && user.id().equals(proposal.getCreatedBy())) {
            throw new ForbiddenException("error.task.checkOwnDraft", reference);
        }
        DecisionTask.Option option = decisionTask.option(decision).orElseThrow(() -> new InvalidFieldException(
                "decision", "error.task.decisionNotAllowed", String.valueOf(decisionTask.values()), task.getName(),
                decision));
        boolean hasReason = reason != null && !reason.isBlank();
        if (option.reasonRequired() && !hasReason) {
            throw new InvalidFieldException("reason", "error.task.reasonRequired", decision);
        }
        String suggested = suggestedDecision(reference, decisionTask);
        boolean overriding = suggested != null && !suggested.equals(decision);
        if (overriding && !hasReason) {
            throw new InvalidFieldException("reason", "error.task.reasonToOverride", decision,
                    decisionTask.suggestion().source(), suggested);
        }
        String summary = overriding ? option.summary() + ", overriding "
                + Texts.english(decisionTask.suggestion().source()) + " (" + suggested + ")" : option.summary();
        String note = hasReason ? summary + ": " + reason.strip() : summary;
        if (doneOn != null) {
            checkDoneOn(proposal, doneOn);
        }
        proposals.recordDecision(reference, option.event(), user.id(), note, doneOn);
        workflow.completeAs(reference, task, user.id(),
                ProcessVariable.variables(decisionTask.variable().with(decision)));
        log.info("{}: '{}' completed by {} with decision {}", reference, task.getName(), user.id(), decision);
    }

    /**
     * Works on a task that someone else may complete at this very moment (on this node or another). The
     * engine may then fail in any step, from reading the task's candidate groups to completing it, but what the
     * user needs to know is that the task is gone: 409, saying who completed it.
     */
    private <T> T whileOpen(String taskId, Supplier<T> work) {
        try {
            return work.get();
        } catch (EndorseException refused) {
            throw refused;
        } catch (RuntimeException e) {
            // Camunda's own checks may fail with anything, down to a NullPointerException, on a task whose process
            // ended in between.
            if (isGone(taskId)) {
                throw closed(taskId);
            }
            throw e;
        }
    }

    /** An open task of a proposal's process, with its proposal. */
    private record Workable(Task task, Proposal proposal) {
    }

    /** The open task, if this user may work on it; otherwise the error that says why not. */
    private Workable workable(EndorseUser user, String taskId) {
        Task task = workflow.task(taskId).orElse(null);
        if (task == null) {
            throw closed(taskId);
        }
        Proposal proposal = proposalWorkedOnBy(task).orElse(null);
        if (proposal == null) {
            if (isGone(taskId)) {
                throw closed(taskId); // completed at this very moment, and its process with it
            }
            throw new NotFoundException("error.task.notOfProposal", taskId);
        }
        if (!workflow.mayWork(task, user)) {
            if (isGone(taskId)) {
                throw closed(taskId); // completed at this very moment: its candidate groups went with it
            }
            throw new ForbiddenException("error.task.notYourGroup", task.getName(),
                    String.valueOf(workflow.candidateGroups(taskId)));
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(user.id())) {
            throw new ConflictException("error.task.claimed", task.getName(), task.getAssignee());
        }
        return new Workable(task, proposal);
    }

    /**
     * Whether the task was completed or ended meanwhile. Its history says so as soon as another request's completion
     * is committed, even where the engine's runtime tables, read a moment apart, still show the task.
     */
    private boolean isGone(String taskId) {
        return workflow.task(taskId).isEmpty()
                || workflow.historicTask(taskId).map(done -> done.getEndTime() != null).orElse(false);
    }

    /** Why a task that is no longer open cannot be worked on: 409 with who completed it, or 404. */
    private RuntimeException closed(String taskId) {
        HistoricTaskInstance done = workflow.historicTask(taskId).orElse(null);
        if (done == null) {
            return new NotFoundException("error.task.notFound", taskId);
        }
        if ("completed".equals(done.getDeleteReason())) {
            return done.getEndTime() == null
                    ? new ConflictException("error.task.alreadyCompleted", done.getName(), done.getAssignee())
                    : new ConflictException("error.task.alreadyCompletedAt", done.getName(), done.getAssignee(),
                            done.getEndTime().toInstant().toString());
        }
        return new ConflictException("error.task.closed", done.getName(), done.getDeleteReason());
    }

    /**
     * The proposal of the task, if the task is one of a proposal's process that a user decides or completes
     * elsewhere in Endorse.
     */
    private Optional<Proposal> proposalWorkedOnBy(Task task) {
        if (!workflow.isTaskOf(task, processes.keys())) {
            return Optional.empty();
        }
        Proposal proposal = proposalOf(task);
        ProposalKind kind = proposal.getKind();
        boolean worked = processes.decisionTask(kind, task.getTaskDefinitionKey()).isPresent()
                || processes.completedElsewhere(kind, task.getTaskDefinitionKey(), "").isPresent();
        return worked ? Optional.of(proposal) : Optional.empty();
    }

    /** The proposal the task belongs to; 409 if the task was completed meanwhile and its process ended. */
    private Proposal proposalOf(Task task) {
        String reference = workflow.businessKeys(Set.of(task.getProcessInstanceId())).get(task.getProcessInstanceId());
        if (reference == null) {
            throw closed(task.getId());
        }
        return proposals.byReference(reference);
    }

    private TaskView view(Task task, Proposal proposal) {
        String reference = proposal.getReference();
        var elsewhere = processes.completedElsewhere(proposal.getKind(), task.getTaskDefinitionKey(), reference);
        var decisionTask = processes.decisionTask(proposal.getKind(), task.getTaskDefinitionKey())
                .filter(ignored -> elsewhere.isEmpty());
        List<DecisionTask.Option> decisions = decisionTask.map(DecisionTask::options).orElse(List.of());
        String suggested = decisionTask.map(decided -> suggestedDecision(reference, decided)).orElse(null);
        String how = elsewhere.map(Texts::english).orElseGet(() -> "POST /api/tasks/" + task.getId()
                + "/complete with {\"decision\": ..., \"reason\": ...}"
                + (suggested == null ? "" : "; deciding other than the suggested " + suggested + " needs a reason"));
        return new TaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(), reference, proposal.getTitle(),
                proposal.getKind(), proposal.getSubmittingMember(), task.getAssignee(), task.getCreateTime(),
                task.getDueDate(), decisions, suggested, how, elsewhere.isPresent());
    }

    private static String suggestedDecision(String reference, DecisionTask decisionTask) {
        return decisionTask.suggestion() == null ? null
                : decisionTask.suggestion().forProposal().apply(reference).orElse(null);
    }
}
