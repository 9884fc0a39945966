package org.endorse.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.endorse.ApiSteps;
import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.endorse.TestUsers;
import org.endorse.nomination.NominationFixtures;
import org.endorse.nomination.NominationProcess;
import org.endorse.terms.TermsFixtures;
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

    @Autowired
    TermsFixtures terms;

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    IdentitySeeding seeding;

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
                "submittingMember", "JPN", "seat", Map.of("code", "ROCB-AP-HOST"),
                "term", Map.of("from", "2027-07-01", "to", "2029-06-30"), "nominatedMember", "JPN",
                "supportingStatement", "Japan offers its experience.")).json().get("reference").asText();
        assertThat(member.post("/api/proposals/" + reference + "/submit").code()).isEqualTo(200);
        HttpApi.Response forSecretariat = secretariat.get("/engine-rest/process-instance?processDefinitionKey="
                + NominationProcess.KEY);
        HttpApi.Response forAssessor = HttpApi.as(port, "assessor").get(
                "/engine-rest/process-instance?processDefinitionKey=" + NominationProcess.KEY);
        assertThat(forSecretariat.json().size()).isPositive();
        assertThat(forAssessor.code()).isEqualTo(200);
        assertThat(forAssessor.json().size()).as("assessors may not read process instances").isZero();
    }

    @Test
    void contactPointsNeitherBrowseTheEngineNorItsUsersNorTheOperatorsMetrics() {
        String reference = terms.circulated("Finance Committee " + UUID.randomUUID(), "The committee meets once a year.");
        String reviewTask = ApiSteps.taskOf(contactPoint, reference).get("id").asText();

        for (String path : List.of("/engine-rest/user", "/engine-rest/group", "/engine-rest/task",
                "/engine-rest/task/" + reviewTask + "/variables", "/actuator/prometheus", "/actuator/metrics")) {
            assertThat(contactPoint.get(path).code()).as(path).isEqualTo(403);
        }
        assertThat(contactPoint.put("/engine-rest/task/" + reviewTask + "/variables/answer", Map.of("value", "x"))
                .code()).isEqualTo(403);
        assertThat(contactPoint.post("/engine-rest/task/" + reviewTask + "/complete").code()).isEqualTo(403);
        assertThat(ApiSteps.taskOf(contactPoint, reference).get("id").asText()).as("the review still awaits them")
                .isEqualTo(reviewTask);
    }

    @Test
    void contactPointsReadTheirTasksInTasklistAndChangeNothingThere() {
        String reference = terms.circulated("Finance Committee " + UUID.randomUUID(), "The committee meets once a year.");
        String reviewTask = ApiSteps.taskOf(contactPoint, reference).get("id").asText();
        HttpApi tasklist = HttpApi.withSessionAs(port, "cp-idn");
        String csrfToken = tasklist.get("/camunda/app/tasklist/default/").headers().getFirst("X-XSRF-TOKEN");
        tasklist = tasklist.withHeader("X-XSRF-TOKEN", csrfToken);
        String filter = tasklist.get("/camunda/api/engine/engine/default/filter?resourceType=Task").json().get(0)
                .get("id").asText();

        HttpApi.Response tasks = tasklist.post("/camunda/api/engine/engine/default/filter/" + filter + "/list",
                Map.of());
        assertThat(tasks.code()).as(tasks.body()).isEqualTo(200);
        assertThat(tasklist.get("/camunda/api/engine/engine/default/task/" + reviewTask).code()).isEqualTo(200);

        for (String change : List.of("/claim", "/complete", "/submit-form")) {
            HttpApi.Response refused = tasklist.post("/camunda/api/engine/engine/default/task/" + reviewTask + change,
                    Map.of("userId", "cp-idn"));
            assertThat(refused.code()).as(change).isEqualTo(403);
        }
        assertThat(tasklist.put("/camunda/api/engine/engine/default/task/" + reviewTask + "/variables/answer",
                Map.of("value", "NO_OBJECTION")).code()).isEqualTo(403);
        assertThat(tasklist.get("/camunda/app/cockpit/default/").code()).isEqualTo(403);
    }

    /** A contact point once read the engine's instance and incident counts from Cockpit's plugins. */
    @Test
    void cockpitIsForThoseWhoFollowProcessesAndCamundaAdminForAdministrators() {
        String statistics = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";
        String adminPlugin = "/camunda/api/admin/plugin/adminPlugins/default/users";
        assertThat(HttpApi.withSessionAs(port, "cp-idn").get(statistics).code()).isEqualTo(403);
        assertThat(HttpApi.withSessionAs(port, "assessor").get(statistics).code()).isEqualTo(403);
        assertThat(HttpApi.withSessionAs(port, "secretariat").get(statistics).code()).isEqualTo(200);
        assertThat(HttpApi.withSessionAs(port, "secretariat").get("/camunda/app/admin/default/").code())
                .isEqualTo(403);
        assertThat(HttpApi.withSessionAs(port, "cp-idn").get(adminPlugin).code()).isEqualTo(403);
        assertThat(HttpApi.withSessionAs(port, "admin").get("/camunda/app/admin/default/").code()).isEqualTo(200);
        HttpApi tasklist = HttpApi.withSessionAs(port, "cp-idn");
        tasklist.get("/camunda/app/tasklist/default/");
        assertThat(tasklist.get("/camunda/api/admin/auth/user/default").code()).as("every webapp asks who is logged in")
                .isEqualTo(200);
    }

    @Test
    void grantsThatEarlierVersionsGaveContactPointsAreRevokedAtTheNextStart() {
        Authorization earlierGrant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        earlierGrant.setGroupId(Role.CONTACT_POINT.groupId());
        earlierGrant.setResource(Resources.USER);
        earlierGrant.setResourceId(Authorization.ANY);
        earlierGrant.addPermission(Permissions.READ);
        authorizations.saveAuthorization(earlierGrant);

        seeding.run(null);

        assertThat(authorizations.createAuthorizationQuery().groupIdIn(Role.CONTACT_POINT.groupId())
                .resourceType(Resources.USER).count()).isZero();
        assertThat(authorizations.createAuthorizationQuery().groupIdIn(Role.SECRETARIAT.groupId())
                .resourceType(Resources.USER).count()).as("the secretariat keeps its own").isOne();
    }

    /** Endorse's login is the only place a password is checked: every other address that would, however spelled. */
    @Test
    void camundasPasswordChecksAreNoOracleForAnyoneHoweverTheirAddressIsSpelled() {
        List<String> verify = List.of("/engine-rest/identity/verify", "/engine-rest/identity/verify/",
                "/engine-rest/identity/verify//", "/engine-rest//identity/verify", "/engine-rest/identity/%76erify",
                "/engine-rest/engine/default/identity/verify", "/engine-rest/engine/default/identity/verify/",
                "/camunda/api/engine/engine/default/identity/verify",
                "/camunda/api/engine/engine/default/identity/verify/");
        for (HttpApi user : List.of(contactPoint, secretariat, HttpApi.as(port, "admin"))) {
            for (String path : verify) {
                for (String password : List.of("demo", "wrong")) {
                    HttpApi.Response checked = user.postExactly(path, Map.of("username", "member", "password", password));
                    assertThat(checked.code()).as(path).isIn(400, 403);
                    assertThat(checked.body()).as(path).doesNotContain("authenticated");
                }
            }
        }
        // The administrator, who reaches Camunda Admin's API, does not reach its login either.
        for (String login : List.of("/camunda/api/admin/auth/user/default/login/cockpit",
                "/camunda/api/admin/auth/user/default/login/cockpit/", "/camunda/api/admin/auth/user/default/login")) {
            HttpApi.Response webappLogin = HttpApi.as(port, "admin").postForm(login,
                    Map.of("username", "member", "password", "demo"));
            assertThat(webappLogin.code()).as(login).isEqualTo(403);
        }
    }

    /**
     * Setting a password in Camunda checks the caller's own first: only administrators reach it, and their wrong
     * passwords count as a login's do.
     */
    @Test
    void camundasPasswordChangeIsForAdministratorsAndCountsTheirWrongPasswords() {
        HttpApi.Response ownPassword = secretariat.put("/engine-rest/user/secretariat/credentials",
                Map.of("password", "Another-Password-1", "authenticatedUserPassword", "wrong"));
        assertThat(ownPassword.code()).as("no oracle for one's own password either").isEqualTo(403);

        HttpApi admin = HttpApi.as(port, "admin").withHeader("X-Forwarded-For", "192.0.2.160");
        TestUsers.ensure(identity, "reset-target", "member", "member-IDN");
        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpApi.Response wrong = admin.put("/engine-rest/user/reset-target/credentials",
                    Map.of("password", "Another-Password-1", "authenticatedUserPassword", "wrong"));
            assertThat(wrong.code()).as(wrong.body()).isEqualTo(400);
        }
        HttpApi.Response paused = admin.put("/engine-rest/user/reset-target/credentials",
                Map.of("password", "Another-Password-1", "authenticatedUserPassword", "demo"));
        assertThat(paused.code()).isEqualTo(429);
        assertThat(identity.checkPassword("reset-target", "demo")).as("nothing set while paused").isTrue();
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
