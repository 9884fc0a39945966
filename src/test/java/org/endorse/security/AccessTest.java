package org.endorse.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.IdentityService;
import org.endorse.ApiSteps;
import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.endorse.TestUsers;
import org.endorse.nomination.NominationFixtures;
import org.endorse.nomination.NominationProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who reaches what: the API, the Camunda REST API and the Camunda webapps, with one login. */
@EndorseTest
class AccessTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    NominationFixtures nominations;

    HttpApi member;
    HttpApi secretariat;
    HttpApi contactPoint;

    @BeforeEach
    void setUp() {
        member = HttpApi.as(port, "member");
        secretariat = HttpApi.as(port, "secretariat");
        contactPoint = HttpApi.as(port, "cp-idn");
    }

    @Test
    void nothingIsReachableWithoutLogin() {
        HttpApi anonymous = HttpApi.anonymous(port);
        for (String path : List.of("/api/proposals", "/api/tasks", "/engine-rest/process-definition",
                "/camunda/api/engine/engine/", "/v3/api-docs", "/actuator/prometheus", "/actuator/metrics")) {
            HttpApi.Response response = anonymous.get(path);
            assertThat(response.code()).as(path).isEqualTo(401);
        }
        // Camunda delays the next login of a user after a wrong password, so this uses a user of its own.
        TestUsers.ensure(identity, "forgetful", "member", "member-IDN");
        HttpApi.Response wrongPassword = HttpApi.as(port, "forgetful", "not-the-password").get("/api/proposals");
        assertThat(wrongPassword.code()).isEqualTo(401);
        assertThat(wrongPassword.json().get("detail").asText()).contains("Log in");
    }

    @Test
    void probesAnswerWithoutLoginAndOnlyStaffSeeDetailsAndMetrics() {
        HttpApi anonymous = HttpApi.anonymous(port);
        JsonNode health = anonymous.get("/actuator/health").json();
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.has("components")).as("no details without login").isFalse();
        assertThat(anonymous.get("/actuator/health/readiness").code()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health/liveness").code()).isEqualTo(200);

        JsonNode details = secretariat.get("/actuator/health").json().get("components");
        assertThat(details.get("db").get("status").asText()).isEqualTo("UP");
        assertThat(details.fieldNames()).toIterable().contains("processEngine", "readinessState");

        assertThat(member.get("/actuator/prometheus").code()).isEqualTo(403);
        HttpApi.Response scraped = secretariat.getAs("/actuator/prometheus", "text/plain");
        assertThat(scraped.code()).as(scraped.body()).isEqualTo(200);
        String metrics = scraped.body();
        assertThat(metrics).contains("camunda_incidents_open", "camunda_jobs_failed", "hikaricp_connections",
                "http_server_requests_seconds_count");
    }

    @Test
    void memberUsersHaveNoAccessToTheCamundaRestApiOrWebapps() {
        for (String path : List.of("/engine-rest/process-definition", "/camunda/app/cockpit/default/",
                "/camunda/api/engine/engine/")) {
            assertThat(member.get(path).code()).as(path).isEqualTo(403);
        }
        assertThat(secretariat.get("/engine-rest/process-definition").body()).contains(NominationProcess.KEY);
    }

    @Test
    void camundaRestApiAppliesCamundaAuthorizationsToTheLoggedInUser() {
        String reference = member.post("/api/nominations", Map.of("title", "Japan for the Policy Commission",
                "submittingMember", "JPN", "seat", Map.of("type", "COMMITTEE_REPRESENTATIVE", "name", "Policy Commission"),
                "term", Map.of("from", "2027-07-01", "to", "2029-06-30"), "nominatedMember", "JPN",
                "supportingStatement", "Japan offers its experience.")).json().get("reference").asText();
        assertThat(member.post("/api/proposals/" + reference + "/submit").code()).isEqualTo(200);
        HttpApi.Response forSecretariat = secretariat.get("/engine-rest/process-instance?processDefinitionKey="
                + NominationProcess.KEY);
        HttpApi.Response forContactPoint = contactPoint.get("/engine-rest/process-instance?processDefinitionKey="
                + NominationProcess.KEY);
        assertThat(forSecretariat.json().size()).isPositive();
        assertThat(forContactPoint.code()).isEqualTo(200);
        assertThat(forContactPoint.json().size()).as("contact points may not read process instances").isZero();
    }

    @Test
    void expressionsInAdHocQueriesAreRefused() {
        HttpApi.Response response = secretariat.get("/engine-rest/task?assigneeExpression=%24%7BcurrentUser()%7D");
        assertThat(response.code()).isEqualTo(400);
        assertThat(response.body()).contains("Expressions are forbidden");
    }

    @Test
    void everyLoggedInUserReadsTheApiDocumentation() {
        HttpApi.Response apiDocs = member.get("/v3/api-docs");
        assertThat(apiDocs.code()).isEqualTo(200);
        assertThat(apiDocs.json().get("paths").has("/api/nominations")).isTrue();
        assertThat(member.get("/swagger-ui/index.html").code()).isEqualTo(200);
    }

    @Test
    void staffAreLoggedIntoTheCamundaWebappsWithThePermissionsOfTheirRole() {
        assertThat(authorizedApps("cp-idn")).containsExactlyInAnyOrder("tasklist", "welcome");
        assertThat(authorizedApps("secretariat")).containsExactlyInAnyOrder("tasklist", "cockpit", "welcome");
        assertThat(authorizedApps("admin")).contains("admin", "cockpit", "tasklist");
    }

    private List<String> authorizedApps(String user) {
        HttpApi browser = HttpApi.withSessionAs(port, user);
        assertThat(browser.get("/camunda/app/tasklist/default/").code()).isEqualTo(200);
        JsonNode authentication = browser.get("/camunda/api/admin/auth/user/default").json();
        assertThat(authentication.get("userId").asText()).isEqualTo(user);
        return StreamSupport.stream(authentication.get("authorizedApps").spliterator(), false)
                .map(JsonNode::asText).toList();
    }
}
