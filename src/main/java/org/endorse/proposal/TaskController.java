package org.endorse.proposal;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.endorse.security.CurrentUser;
import org.endorse.system.PageQuery;
import org.endorse.system.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Tasks", description = "Work waiting for you or your groups: checks, reviews, endorsements, amendments")
class TaskController {

    private final ProposalTasks tasks;
    private final CurrentUser currentUser;

    TaskController(ProposalTasks tasks, CurrentUser currentUser) {
        this.tasks = tasks;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "List the open tasks assigned to you or open to one of your groups, a page at a time",
            description = "Filters: proposal (its reference), task (the task's key, such as user_check_submission),"
                    + " assigned (me, or nobody for the tasks not yet claimed). Paging: page (from 1), size (at most"
                    + " 50), sort (created, due or name, with ,asc or ,desc; the oldest first by default).")
    PageResult<ProposalTasks.TaskView> mine(@Valid TaskSearch search, @Valid PageQuery page) {
        return tasks.tasksOf(currentUser.get(), search, page);
    }

    @GetMapping("/{taskId}")
    @Operation(summary = "Read one task with the decisions it takes")
    ProposalTasks.TaskView one(@PathVariable String taskId) {
        return tasks.task(currentUser.get(), taskId);
    }

    @PostMapping("/{taskId}/claim")
    @Operation(summary = "Claim a task so nobody else in your group works on it")
    ProposalTasks.TaskView claim(@PathVariable String taskId) {
        return tasks.claim(currentUser.get(), taskId);
    }

    @PostMapping("/{taskId}/complete")
    @Operation(summary = "Complete a task with one of its decisions; some decisions need a reason. A step taken"
            + " before it is entered is dated with doneOn")
    ResponseEntity<Void> complete(@PathVariable String taskId, @Valid @RequestBody TaskDecision body) {
        tasks.complete(currentUser.get(), taskId, body.decision(), body.reason(), body.doneOn());
        return ResponseEntity.noContent().build();
    }

    /**
     * A decision on a task, such as {"decision": "RETURN", "reason": "The term is missing"}; {@code doneOn} dates a
     * step taken before it is entered, as when the region brings in its history.
     */
    record TaskDecision(@NotBlank String decision, @Size(max = 3000) String reason, LocalDate doneOn) {
    }
}
