package org.endorse.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.endorse.ApiSteps;
import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.endorse.ScriptlessBrowser;
import org.endorse.nomination.NominationFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator suspends a proposal's process in Cockpit, one button: the proposal is on hold, says so on its
 * page and in the API, and every step asked of it meanwhile is a 409 that says why, never a 500; once activated
 * again, it goes on.
 */
@EndorseTest
class SuspendedProposalTest {

    @LocalServerPort
    int port;

    @Autowired
    NominationFixtures nominations;

    @Autowired
    RuntimeService runtime;

    @Test
    void aProposalSuspendedInCockpitIsOnHoldAndSaysSo() throws Exception {
        HttpApi member = HttpApi.as(port, "member");
        HttpApi secretariat = HttpApi.as(port, "secretariat");
        HttpApi admin = HttpApi.as(port, "admin");
        String reference = nominations.submitted("IDN", "Finance Committee " + UUID.randomUUID());
        String taskId = ApiSteps.taskOf(secretariat, reference).get("id").asText();
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .rootProcessInstances().singleResult().getId();

        HttpApi.Response suspended = admin.put("/engine-rest/process-instance/" + instance + "/suspended",
                Map.of("suspended", true));
        assertThat(suspended.code()).as("an operator's action Endorse allows").isEqualTo(204);

        HttpApi.Response completed = secretariat.post("/api/tasks/" + taskId + "/complete",
                Map.of("decision", "COMPLETE"));
        assertThat(completed.code()).as(completed.body()).isEqualTo(409);
        assertThat(completed.json().get("detail").asText()).contains(reference, "on hold", "activate it again");
        HttpApi.Response claimed = secretariat.post("/api/tasks/" + taskId + "/claim");
        assertThat(claimed.code()).as(claimed.body()).isEqualTo(409);
        HttpApi.Response withdrawn = member.post("/api/proposals/" + reference + "/withdraw",
                Map.of("reason", "No longer needed"));
        assertThat(withdrawn.code()).as(withdrawn.body()).isEqualTo(409);
        assertThat(member.get("/api/proposals/" + reference).json().get("suspended").asBoolean()).isTrue();
        assertThat(ApiSteps.statusOf(member, reference)).as("nothing half-saved").isEqualTo("SUBMITTED");

        ScriptlessBrowser browser = new ScriptlessBrowser(port);
        browser.logIn("member");
        assertThat(browser.get("/proposals/" + reference).body()).contains("On hold: an administrator has suspended");

        admin.put("/engine-rest/process-instance/" + instance + "/suspended", Map.of("suspended", false));
        assertThat(member.get("/api/proposals/" + reference).json().get("suspended").asBoolean()).isFalse();
        assertThat(secretariat.post("/api/tasks/" + taskId + "/complete", Map.of("decision", "COMPLETE")).code())
                .isEqualTo(204);
        assertThat(ApiSteps.statusOf(member, reference)).isEqualTo("UNDER_REVIEW");
    }
}
