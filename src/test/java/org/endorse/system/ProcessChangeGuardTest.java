package org.endorse.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.SimpleDateFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.endorse.ApiSteps;
import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.endorse.nomination.NominationFixtures;
import org.endorse.nomination.NominationProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A proposal's process moves only through Endorse: the Camunda REST API and Tasklist, even for a secretariat
 * user whom Camunda's own permissions would let, neither complete its tasks nor write its variables nor send
 * it messages, whatever they send along; Endorse's API then still decides the task with its checks.
 */
@EndorseTest
class ProcessChangeGuardTest {

    @LocalServerPort
    int port;

    @Autowired
    NominationFixtures nominations;

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    HttpApi member;
    HttpApi secretariat;
    String reference;
    String taskId;
    String processInstanceId;

    @BeforeEach
    void submitANomination() {
        member = HttpApi.as(port, "member");
        secretariat = HttpApi.as(port, "secretariat");
        reference = nominations.submitted("IDN", "Finance Committee " + UUID.randomUUID());
        taskId = ApiSteps.taskOf(secretariat, reference).get("id").asText();
        processInstanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .rootProcessInstances()
                .singleResult().getId();
    }

    @Test
    void aCompletionThatSaysItCameThroughEndorseIsStillRefusedAndLeavesNothingBehind() {
        HttpApi.Response forged = secretariat.post("/engine-rest/task/" + taskId + "/complete", Map.of("variables",
                Map.of("completedThroughEndorse", Map.of("value", true), "checkOutcome", Map.of("value", "COMPLETE"))));

        assertThat(forged.code()).isEqualTo(403);
        assertThat(forged.json().get("message").asText()).contains("move only through Endorse");
        assertThat(ApiSteps.statusOf(member, reference)).as("nothing moved").isEqualTo("SUBMITTED");
        assertThat(runtime.getVariables(processInstanceId)).doesNotContainKeys("completedThroughEndorse",
                "checkOutcome");
        assertThat(timeline()).as("no decision in the proposal's timeline").doesNotContain("CHECKED");

        ApiSteps.completeTask(secretariat, reference, Map.of("decision", "COMPLETE"));
        assertThat(ApiSteps.statusOf(member, reference)).isEqualTo("UNDER_REVIEW");
        assertThat(timeline()).contains("CHECKED");
    }

    @Test
    void aCompletionWithoutVariablesIsRefusedWithWhereToCompleteTheTask() {
        HttpApi.Response refused = secretariat.post("/engine-rest/task/" + taskId + "/complete", Map.of());

        assertThat(refused.code()).isEqualTo(403);
        assertThat(refused.json().get("message").asText()).contains("may not complete", "/api/tasks/" + taskId);
        assertThat(ApiSteps.statusOf(member, reference)).isEqualTo("SUBMITTED");
    }

    /** The administrator holds every Camunda permission, and still does not write a proposal's variables. */
    @Test
    void variablesOfAProposalsProcessAreNotWrittenThroughTheCamundaRestApi() {
        HttpApi admin = HttpApi.as(port, "admin");
        HttpApi.Response taskVariable = secretariat.put("/engine-rest/task/" + taskId + "/variables/checkOutcome",
                Map.of("value", "COMPLETE"));
        HttpApi.Response processVariables = admin.post("/engine-rest/process-instance/" + processInstanceId
                + "/variables", Map.of("modifications", Map.of("memberGroup", Map.of("value", "member-JPN"))));
        HttpApi.Response localVariable = admin.put("/engine-rest/execution/" + processInstanceId
                + "/localVariables/proposalStatus", Map.of("value", "ENDORSED"));

        for (HttpApi.Response refused : List.of(taskVariable, processVariables, localVariable)) {
            assertThat(refused.code()).as(refused.body()).isEqualTo(403);
            assertThat(refused.json().get("message").asText()).contains("move only through Endorse");
        }
        assertThat(runtime.getVariable(processInstanceId, "memberGroup")).isEqualTo("member-IDN");
        assertThat(runtime.getVariables(processInstanceId)).doesNotContainKeys("checkOutcome", "proposalStatus");
    }

    @Test
    void noMessageMovesAProposalAndNoProposalProcessStartsThroughTheCamundaRestApi() {
        HttpApi admin = HttpApi.as(port, "admin");
        HttpApi.Response withdrawal = admin.post("/engine-rest/message", Map.of("messageName",
                NominationProcess.MESSAGE_WITHDRAWAL, "businessKey", reference));
        HttpApi.Response started = admin.post("/engine-rest/process-definition/key/" + NominationProcess.KEY
                + "/start", Map.of("businessKey", "NOM-FORGED"));

        assertThat(withdrawal.code()).as(withdrawal.body()).isEqualTo(403);
        assertThat(started.code()).as(started.body()).isEqualTo(403);
        assertThat(ApiSteps.statusOf(member, reference)).isEqualTo("SUBMITTED");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("NOM-FORGED").count()).isZero();
    }

    @Test
    void tasklistsFormCannotCompleteAProposalsTaskWithAnyVariable() {
        HttpApi browser = HttpApi.withSessionAs(port, "secretariat");
        HttpApi.Response page = browser.get("/camunda/app/tasklist/default/");
        String csrfToken = page.headers().getFirst("X-XSRF-TOKEN");
        assertThat(csrfToken).as("the webapps' CSRF token").isNotBlank();

        HttpApi.Response submitted = browser.withHeader("X-XSRF-TOKEN", csrfToken).post(
                "/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
                Map.of("variables", Map.of("checkOutcome", Map.of("value", "COMPLETE"))));

        assertThat(submitted.code()).as(submitted.body()).isEqualTo(403);
        assertThat(ApiSteps.statusOf(member, reference)).isEqualTo("SUBMITTED");
        assertThat(ApiSteps.taskOf(secretariat, reference).get("id").asText()).as("the task is still open")
                .isEqualTo(taskId);
    }

    @Test
    void claimingATaskInTheCamundaRestApiDecidesNothingAndIsAllowed() {
        HttpApi.Response claimed = secretariat.post("/engine-rest/task/" + taskId + "/claim",
                Map.of("userId", "secretariat"));
        assertThat(claimed.code()).as(claimed.body()).isEqualTo(204);
        ApiSteps.completeTask(secretariat, reference, Map.of("decision", "COMPLETE"));
        assertThat(ApiSteps.statusOf(member, reference)).isEqualTo("UNDER_REVIEW");
    }

    /** Endorse lets a task's candidate groups decide it: nobody adds one from outside, nor hands it on. */
    @Test
    void noOneElseBecomesACandidateOfAProposalsTaskNorDecidesItByBeingAssigned() {
        HttpApi admin = HttpApi.as(port, "admin");
        HttpApi.Response candidate = admin.post("/engine-rest/task/" + taskId + "/identity-links",
                Map.of("groupId", "member-IDN", "type", "candidate"));
        assertThat(candidate.code()).as(candidate.body()).isEqualTo(403);

        assertThat(admin.post("/engine-rest/task/" + taskId + "/assignee", Map.of("userId", "member")).code())
                .as("an assignment decides nothing").isEqualTo(204);
        HttpApi.Response byTheMember = member.post("/api/tasks/" + taskId + "/complete",
                Map.of("decision", "COMPLETE"));
        assertThat(byTheMember.code()).as("the member administration does not check its own nomination")
                .isEqualTo(403);
        assertThat(ApiSteps.statusOf(member, reference)).isEqualTo("SUBMITTED");
    }

    /** Batches act later as the engine itself: refused when an outside user asks for them. */
    @Test
    void noBatchMovesAProposalLater() {
        HttpApi admin = HttpApi.as(port, "admin");
        HttpApi.Response batch = admin.post("/engine-rest/process-instance/message-async", Map.of("messageName",
                NominationProcess.MESSAGE_WITHDRAWAL, "processInstanceIds", List.of(processInstanceId)));
        assertThat(batch.code()).as(batch.body()).isEqualTo(403);
        assertThat(batch.json().get("message").asText()).contains("may not start a batch");
        assertThat(management.createBatchQuery().count()).isZero();
    }

    /**
     * A returned nomination lapses at its timer's due date: no command of the Camunda REST API brings it forward,
     * whichever way it is asked, the administrator included.
     */
    @Test
    void noDeadlineIsMovedFromOutsideWhicheverCommandCarriesIt() {
        HttpApi admin = HttpApi.as(port, "admin");
        ApiSteps.completeTask(secretariat, reference, Map.of("decision", "RETURN", "reason", "The CV is missing"));
        Job lapse = management.createJobQuery().rootProcessInstanceId(processInstanceId).timers().singleResult();
        String now = "2026-01-01T00:00:00.000+0000";

        List<HttpApi.Response> refused = List.of(
                admin.put("/engine-rest/job/" + lapse.getId() + "/duedate", Map.of("duedate", now)),
                admin.put("/engine-rest/job/" + lapse.getId() + "/retries", Map.of("retries", 3, "dueDate", now)),
                admin.post("/engine-rest/job/retries", Map.of("jobIds", List.of(lapse.getId()), "retries", 3,
                        "dueDate", now)));
        // Retries set for the whole job definition are one update of many rows: the timer's, too, once failed.
        assertThat(admin.put("/engine-rest/job/" + lapse.getId() + "/retries", Map.of("retries", 0)).code())
                .isEqualTo(204);
        refused = new java.util.ArrayList<>(refused);
        refused.add(admin.put("/engine-rest/job-definition/" + lapse.getJobDefinitionId() + "/retries",
                Map.of("retries", 1, "dueDate", now)));
        refused.add(admin.delete("/engine-rest/job/" + lapse.getId()));
        for (HttpApi.Response response : refused) {
            assertThat(response.code()).as(response.body()).isEqualTo(403);
            assertThat(response.json().get("message").asText()).contains("may not move or remove a timer's due date");
        }
        assertThat(management.createBatchQuery().count()).as("no batch of retries with a due date").isZero();
        assertThat(management.createJobQuery().jobId(lapse.getId()).singleResult().getDuedate())
                .isEqualTo(lapse.getDuedate());
        assertThat(ApiSteps.statusOf(member, reference)).isEqualTo("RETURNED");
    }

    /** An operator retries a failed job; so long as the due date stays, nothing is decided earlier. */
    @Test
    void retryingAJobWithoutANewDueDateStaysAllowed() {
        HttpApi admin = HttpApi.as(port, "admin");
        ApiSteps.completeTask(secretariat, reference, Map.of("decision", "RETURN", "reason", "The CV is missing"));
        Job lapse = management.createJobQuery().rootProcessInstanceId(processInstanceId).timers().singleResult();

        HttpApi.Response retried = admin.put("/engine-rest/job/" + lapse.getId() + "/retries", Map.of("retries", 5));
        HttpApi.Response retriedAsABatch = admin.post("/engine-rest/job/retries",
                Map.of("jobIds", List.of(lapse.getId()), "retries", 4));

        assertThat(retried.code()).as(retried.body()).isEqualTo(204);
        assertThat(retriedAsABatch.code()).as(retriedAsABatch.body()).isEqualTo(200);
        assertThat(management.createJobQuery().jobId(lapse.getId()).singleResult().getDuedate())
                .isEqualTo(lapse.getDuedate());
        management.createBatchQuery().list().forEach(batch -> management.deleteBatch(batch.getId(), true));
    }

    /** What a task's users read in their lists is the process's: a candidate may claim it, not rename it. */
    @Test
    void aTaskIsClaimedOrAssignedFromOutsideAndNothingElse() {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        Map<String, Object> renamed = new HashMap<>(Map.of("name", "Nothing to check", "priority", task.getPriority()));
        Map<String, Object> redated = new HashMap<>(Map.of("name", task.getName(), "priority", task.getPriority(),
                "due", "2026-01-01T00:00:00.000+0000"));

        for (Map<String, Object> change : List.of(renamed, redated)) {
            HttpApi.Response refused = secretariat.put("/engine-rest/task/" + taskId, change);
            assertThat(refused.code()).as(refused.body()).isEqualTo(403);
            assertThat(refused.json().get("message").asText()).contains("may only be claimed or assigned");
        }
        HttpApi.Response comment = secretariat.post("/engine-rest/task/" + taskId + "/comment/create",
                Map.of("message", "Checked by phone", "processInstanceId", task.getProcessInstanceId()));
        // Refused by the guard; Camunda's comment resource reports any refusal as "Not enough parameters" (400).
        assertThat(comment.code()).as(comment.body()).isIn(400, 403);
        assertThat(tasks.getTaskComments(taskId)).isEmpty();
        Task unchanged = tasks.createTaskQuery().taskId(taskId).singleResult();
        assertThat(unchanged.getName()).isEqualTo(task.getName());
        assertThat(unchanged.getDueDate()).isEqualTo(task.getDueDate());

        Map<String, Object> assigned = new HashMap<>(Map.of("name", task.getName(), "priority", task.getPriority(),
                "assignee", "secretariat"));
        if (task.getDueDate() != null) {
            assigned.put("due", new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(task.getDueDate()));
        }
        HttpApi.Response assignedInFull = secretariat.put("/engine-rest/task/" + taskId, assigned);
        assertThat(assignedInFull.code()).as(assignedInFull.body()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("secretariat");
    }

    private String timeline() {
        return member.get("/api/proposals/" + reference).body();
    }
}
