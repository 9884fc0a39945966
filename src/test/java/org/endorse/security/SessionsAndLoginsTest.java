package org.endorse.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.endorse.ApiSteps;
import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.endorse.ScriptlessBrowser;
import org.endorse.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Logins and sessions as an attacker and an administrator meet them: wrong passwords lock a user for a while,
 * never for good; a session follows what an administrator changes; another site cannot act through a
 * logged-in browser.
 */
@EndorseTest
class SessionsAndLoginsTest {

    private static final String NOMINATION = """
            {"title": "Indonesia for the Audit Committee", "submittingMember": "IDN",
             "seat": {"code": "ROCB-AP-HOST"},
             "term": {"from": "2027-07-01", "to": "2029-06-30"}, "nominatedMember": "IDN",
             "supportingStatement": "Continuity."}""";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void wrongPasswordsLockAUserForAWhileAndNeverForGood() {
        TestUsers.ensure(identity, "unlucky", "member", "member-IDN");
        HttpApi guesser = HttpApi.as(port, "unlucky", "not-the-password");
        HttpApi owner = HttpApi.as(port, "unlucky");
        for (int attempt = 1; attempt <= 12; attempt++) {
            assertThat(guesser.get("/api/proposals").code()).isEqualTo(401);
            later(601);
        }
        assertThat(guesser.get("/api/proposals").code()).isEqualTo(401);
        assertThat(owner.get("/api/proposals").code()).as("locked for now").isEqualTo(401);

        later(601);
        assertThat(owner.get("/api/proposals").code()).as("and not for ever").isEqualTo(200);
    }

    @Test
    void anAdministratorUnlocksAUserAtOnce() {
        TestUsers.ensure(identity, "clumsy", "member", "member-IDN");
        assertThat(HttpApi.as(port, "clumsy", "typo").get("/api/proposals").code()).isEqualTo(401);
        assertThat(HttpApi.as(port, "clumsy").get("/api/proposals").code()).as("locked for a few seconds")
                .isEqualTo(401);

        assertThat(HttpApi.as(port, "admin").post("/engine-rest/user/clumsy/unlock").code()).isEqualTo(204);

        assertThat(HttpApi.as(port, "clumsy").get("/api/proposals").code()).isEqualTo(200);
    }

    @Test
    void aDeletedUsersSessionEndsAtItsNextRequest() throws Exception {
        TestUsers.ensure(identity, "leaving", "member", "member-IDN");
        ScriptlessBrowser browser = new ScriptlessBrowser(port);
        browser.logIn("leaving");
        assertThat(browser.get("/proposals").statusCode()).isEqualTo(200);

        identity.deleteUser("leaving");

        HttpResponse<String> afterwards = browser.get("/proposals");
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location")).hasValueSatisfying(to ->
                assertThat(to).endsWith("/login"));
    }

    /** HTTP Basic does not check credentials again for its session's user: the session's check still holds. */
    @Test
    void aDeletedUsersSessionDoesNotOutliveTheUserBehindBasicCredentials() throws Exception {
        TestUsers.ensure(identity, "departed", "member", "member-IDN");
        ScriptlessBrowser browser = new ScriptlessBrowser(port);
        browser.logIn("departed");
        browser.get("/");
        String anyPassword = "Basic " + Base64.getEncoder().encodeToString("departed:guess".getBytes());
        Map<String, String> headers = Map.of("Authorization", anyPassword,
                "X-XSRF-TOKEN", browser.cookie("ENDORSE-XSRF-TOKEN"));
        assertThat(browser.postJson("/api/nominations", "{}", headers).statusCode()).as("still a user: the body is")
                .isEqualTo(400);

        identity.deleteUser("departed");

        assertThat(browser.postJson("/api/nominations", "{}", headers).statusCode()).isEqualTo(401);
    }

    @Test
    void aSessionFollowsTheGroupsAnAdministratorChanges() throws Exception {
        TestUsers.ensure(identity, "promoted", "member", "member-IDN");
        ScriptlessBrowser browser = new ScriptlessBrowser(port);
        browser.logIn("promoted");
        assertThat(browser.get("/notifications").statusCode()).as("the outbox is the secretariat's").isEqualTo(403);

        identity.createMembership("promoted", Role.SECRETARIAT.groupId());
        assertThat(browser.get("/notifications").statusCode()).isEqualTo(200);

        identity.deleteMembership("promoted", Role.SECRETARIAT.groupId());
        assertThat(browser.get("/notifications").statusCode()).isEqualTo(403);
    }

    @Test
    void anotherSiteCannotSubmitAProposalThroughALoggedInBrowser() throws Exception {
        HttpApi member = HttpApi.as(port, "member");
        String reference = member.post("/api/nominations", NOMINATION).json().get("reference").asText();
        ScriptlessBrowser browser = new ScriptlessBrowser(port);
        browser.logIn("member");
        browser.get("/");

        HttpResponse<String> forged = browser.postJson("/api/proposals/" + reference + "/submit", "",
                Map.of("Origin", "https://elsewhere.example", "Content-Type", "application/x-www-form-urlencoded"));
        HttpResponse<String> withoutToken = browser.postJson("/api/proposals/" + reference + "/submit", "{}",
                Map.of());
        HttpApi.Response basicFromElsewhere = member.withHeader("Origin", "https://elsewhere.example")
                .post("/api/proposals/" + reference + "/submit");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(basicFromElsewhere.code()).isEqualTo(403);
        assertThat(ApiSteps.statusOf(member, reference)).isEqualTo("DRAFT");

        HttpResponse<String> asSwaggerUiSendsIt = browser.postJson("/api/proposals/" + reference + "/submit", "{}",
                Map.of("X-XSRF-TOKEN", browser.cookie("ENDORSE-XSRF-TOKEN")));
        assertThat(asSwaggerUiSendsIt.statusCode()).as(asSwaggerUiSendsIt.body()).isEqualTo(200);
        assertThat(ApiSteps.statusOf(member, reference)).isEqualTo("SUBMITTED");
    }

    @Test
    void clientsWithTheirOwnCredentialsNeedNoToken() {
        HttpApi member = HttpApi.as(port, "member");
        String reference = member.post("/api/nominations", NOMINATION).json().get("reference").asText();
        assertThat(member.post("/api/proposals/" + reference + "/submit").code()).isEqualTo(200);
        assertThat(member.withHeader("Origin", "http://localhost:" + port).get("/api/proposals/" + reference).code())
                .isEqualTo(200);
    }

    private static void later(int seconds) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + seconds * 1000L));
    }
}
