package org.endorse.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Date;
import java.util.List;
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
 * Logins and sessions as an attacker and an administrator meet them: wrong passwords pause sign-in with that name
 * from that address for a while, never for good, and never anyone else's; a session follows what an administrator changes; another site cannot act through a
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

    /** Wrong passwords pause sign-in with that name from that address, for a while, never for good. */
    @Test
    void wrongPasswordsPauseSignInWithThatNameFromThatAddressForAWhile() {
        TestUsers.ensure(identity, "unlucky", "member", "member-IDN");
        HttpApi guesser = from("192.0.2.10", HttpApi.as(port, "unlucky", "not-the-password"));
        HttpApi owner = from("192.0.2.10", HttpApi.as(port, "unlucky"));
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(guesser.get("/api/proposals").code()).as("attempt " + attempt).isEqualTo(401);
        }
        HttpApi.Response paused = guesser.get("/api/proposals");
        assertThat(paused.code()).isEqualTo(429);
        assertThat(paused.json().get("detail").asText()).contains("is paused for");
        int retryAfter = Integer.parseInt(paused.headers().getFirst("Retry-After"));
        assertThat(retryAfter).isBetween(1, 60);

        HttpApi.Response rightPassword = owner.get("/api/proposals");
        assertThat(rightPassword.code()).as("the right password is not even checked").isEqualTo(429);
        assertThat(rightPassword.json().get("detail")).isEqualTo(paused.json().get("detail"));

        later(retryAfter);
        assertThat(owner.get("/api/proposals").code()).as("and not for ever").isEqualTo(200);
    }

    /**
     * Thirteen wrong passwords once kept a known user locked for an hour: now they pause only the stranger's own
     * attempts, and the contact point signs in from their office at once, with the API and on the login page.
     */
    @Test
    void aStrangerCannotKeepAContactPointOut() throws Exception {
        TestUsers.ensure(identity, "cp-objecting", "contactpoint", "contactpoint-JPN");
        HttpApi stranger = from("203.0.113.7", HttpApi.as(port, "cp-objecting", "guess"));
        for (int attempt = 1; attempt <= 13; attempt++) {
            assertThat(stranger.get("/api/proposals").code()).isIn(401, 429);
        }
        assertThat(stranger.get("/api/proposals").code()).isEqualTo(429);

        assertThat(from("198.51.100.4", HttpApi.as(port, "cp-objecting")).get("/api/proposals").code())
                .isEqualTo(200);
        ScriptlessBrowser office = new ScriptlessBrowser(port, Map.of("X-Forwarded-For", "198.51.100.4"));
        office.logIn("cp-objecting");
        assertThat(office.get("/tasks").statusCode()).isEqualTo(200);
    }

    /** The login page says that sign-in is paused and for how long, in the same words for any name, known or not. */
    @Test
    void aPauseIsTheSameForKnownAndUnknownNamesAndForRightAndWrongPasswords() throws Exception {
        TestUsers.ensure(identity, "cp-known", "contactpoint", "contactpoint-CHN");
        ScriptlessBrowser browser = new ScriptlessBrowser(port, Map.of("X-Forwarded-For", "192.0.2.77"));
        for (String name : List.of("cp-known", "nobody-of-that-name")) {
            for (int attempt = 1; attempt <= 5; attempt++) {
                assertThat(browser.attemptLogIn(name, "wrong")).endsWith("/login?error");
            }
        }
        String known = browser.attemptLogIn("cp-known", "demo");
        String unknown = browser.attemptLogIn("nobody-of-that-name", "demo");
        assertThat(known).contains("/login?paused=").isEqualTo(unknown);

        String page = browser.get(known.substring(known.indexOf("/login"))).body();
        assertThat(page).contains("Sign-in with this user name from here is paused for 1 minute");
        assertThat(browser.get("/login?paused=240").body()).contains("is paused for 4 minutes");
    }

    /** A host on IPv6 has a whole /64 to send from: its addresses count as one. */
    @Test
    void addressesOfOneIpv6NetworkCountAsOne() {
        TestUsers.ensure(identity, "cp-roaming", "contactpoint", "contactpoint-IDN");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(from("2001:db8:5:6::" + attempt, HttpApi.as(port, "cp-roaming", "guess"))
                    .get("/api/proposals").code()).isEqualTo(401);
        }
        assertThat(from("2001:db8:5:6:ffff::9", HttpApi.as(port, "cp-roaming", "guess")).get("/api/proposals")
                .code()).isEqualTo(429);
        assertThat(from("2001:db8:5:7::1", HttpApi.as(port, "cp-roaming")).get("/api/proposals").code())
                .as("another network").isEqualTo(200);
    }

    /**
     * Wrong passwords sent all at once are checked no more than one after another would be; right ones sent all at
     * once, as a busy client does, are all let in.
     */
    @Test
    void attemptsSentAtOnceAreCountedWhileTheyAreChecked() throws Exception {
        TestUsers.ensure(identity, "cp-besieged", "contactpoint", "contactpoint-JPN");
        HttpApi guesser = from("192.0.2.120", HttpApi.as(port, "cp-besieged", "guess"));
        List<HttpApi.Response> answers = ApiSteps.atOnce(30, () -> guesser.get("/api/proposals"));
        assertThat(answers).filteredOn(answer -> answer.code() == 401).as("checked").hasSize(5);
        assertThat(answers).filteredOn(answer -> answer.code() == 429).as("paused, not checked").hasSize(25);

        HttpApi busy = from("192.0.2.121", HttpApi.as(port, "cp-besieged"));
        assertThat(ApiSteps.atOnce(30, () -> busy.get("/api/proposals"))).extracting(HttpApi.Response::code)
                .containsOnly(200);
    }

    /** An address that tries many names is paused for all of them, the right ones included. */
    @Test
    void anAddressTryingManyNamesIsPausedForAllOfThem() {
        for (int name = 1; name <= 50; name++) {
            assertThat(from("192.0.2.200", HttpApi.as(port, "sprayed-" + name, "password1")).get("/api/proposals")
                    .code()).isEqualTo(401);
        }
        assertThat(from("192.0.2.200", HttpApi.as(port, "member")).get("/api/proposals").code()).isEqualTo(429);
        assertThat(from("192.0.2.201", HttpApi.as(port, "member")).get("/api/proposals").code()).isEqualTo(200);
    }

    /** An administrator resets a password because it leaked: whoever holds a session with it is out, on every page. */
    @Test
    void aPasswordResetEndsTheUsersSessionsWhileWrongPasswordsEndNone() throws Exception {
        TestUsers.ensure(identity, "leaked", "member", "member-IDN");
        ScriptlessBrowser browser = new ScriptlessBrowser(port);
        browser.logIn("leaked");
        assertThat(browser.get("/proposals").statusCode()).isEqualTo(200);

        for (int attempt = 1; attempt <= 6; attempt++) {
            from("192.0.2.91", HttpApi.as(port, "leaked", "wrong")).get("/api/proposals");
        }
        assertThat(browser.get("/proposals").statusCode()).as("wrong passwords end no session").isEqualTo(200);

        HttpApi.Response reset = HttpApi.as(port, "admin").put("/engine-rest/user/leaked/credentials",
                Map.of("password", "Another-Password-1", "authenticatedUserPassword", "demo"));
        assertThat(reset.code()).as(reset.body()).isEqualTo(204);

        HttpResponse<String> afterwards = browser.get("/proposals");
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location")).hasValueSatisfying(to ->
                assertThat(to).endsWith("/login"));
        assertThat(HttpApi.as(port, "leaked", "Another-Password-1").get("/api/proposals").code()).isEqualTo(200);
    }

    @Test
    void changingOnesOwnPasswordEndsOnesOtherSessionsAndKeepsThisOne() throws Exception {
        TestUsers.ensure(identity, "careful", "member", "member-IDN");
        ScriptlessBrowser here = new ScriptlessBrowser(port);
        here.logIn("careful");
        ScriptlessBrowser elsewhere = new ScriptlessBrowser(port);
        elsewhere.logIn("careful");
        assertThat(elsewhere.get("/proposals").statusCode()).isEqualTo(200);
        assertThat(here.get("/proposals").statusCode()).isEqualTo(200);

        HttpResponse<String> changed = here.post("/account/password", Map.of("currentPassword", "demo",
                "newPassword", "Changed-Password-2", "confirmation", "Changed-Password-2"), "/account");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);

        assertThat(here.get("/proposals").statusCode()).isEqualTo(200);
        assertThat(elsewhere.get("/proposals").statusCode()).isEqualTo(302);
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

    /**
     * HTTP Basic credentials are checked on every request, a session or not: a session cookie with a wrong password
     * was once accepted, and, carrying credentials of its own, without a CSRF token.
     */
    @Test
    void basicCredentialsAreCheckedEvenWithASessionAndItsChecksStillHold() throws Exception {
        TestUsers.ensure(identity, "departed", "member", "member-IDN");
        ScriptlessBrowser browser = new ScriptlessBrowser(port);
        browser.logIn("departed");
        browser.get("/");
        String reference = HttpApi.as(port, "departed").post("/api/nominations", NOMINATION).json().get("reference")
                .asText();
        Map<String, String> wrongPassword = Map.of("Authorization", basic("departed:guess"));
        HttpResponse<String> forged = browser.postJson("/api/proposals/" + reference + "/submit", "{}",
                wrongPassword);
        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(401);
        assertThat(ApiSteps.statusOf(HttpApi.as(port, "departed"), reference)).isEqualTo("DRAFT");

        Map<String, String> rightPassword = Map.of("Authorization", basic("departed:demo"));
        assertThat(browser.postJson("/api/nominations", "{}", rightPassword).statusCode())
                .as("still a user: the body is").isEqualTo(400);

        identity.deleteUser("departed");

        assertThat(browser.postJson("/api/nominations", "{}", rightPassword).statusCode()).isEqualTo(401);
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes());
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

    /** The same client, as a proxy that Endorse trusts says it is at this address. */
    private static HttpApi from(String address, HttpApi client) {
        return client.withHeader("X-Forwarded-For", address);
    }

    private static void later(int seconds) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + seconds * 1000L));
    }
}
