package org.endorse.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.endorse.ApiSteps;
import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.endorse.ScriptlessBrowser;
import org.endorse.nomination.NominationFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal's doors as a browser meets them, over plain HTTP: the login of its own, the session cookie, the
 * CSRF token on every form, and pages that say why a role may not open them.
 */
@EndorseTest
class PortalSecurityTest {
    @LocalServerPort
    int port;

    @Autowired
    NominationFixtures nominations;

    @Test
    void theFrontDoorIsThePortalBehindItsOwnLoginPage() throws Exception {
        ScriptlessBrowser browser = new ScriptlessBrowser(port);
        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));

        HttpResponse<String> login = browser.get("/login");
        assertThat(login.body()).contains("Log in to Endorse", "Demo users", "secretariat");
        browser.logIn("member");
        HttpResponse<String> portal = browser.get("/");
        assertThat(portal.statusCode()).isEqualTo(200);
        assertThat(portal.body()).contains("What needs you now").doesNotContain("swagger-ui");
        assertThat(portal.body()).as("the API documentation is linked for staff only").doesNotContain("/swagger-ui.html");
    }

    /**
     * The portal's pages load nothing from elsewhere and run no inline script (a ToR's image from another host was
     * fetched by every reader's browser); the Camunda webapps keep the policy they send themselves.
     */
    @Test
    void thePortalsPagesCarryAContentSecurityPolicyAndAReferrerPolicy() throws Exception {
        ScriptlessBrowser browser = new ScriptlessBrowser(port);
        for (HttpResponse<String> page : List.of(browser.get("/login"), browser.logIn("member"), browser.get("/"),
                browser.get("/proposals"), browser.get("/no-such-page"))) {
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(page.uri().toString())
                    .hasValueSatisfying(policy -> assertThat(policy).contains("default-src 'self'",
                            "script-src 'self'", "style-src 'self'", "img-src 'self'", "object-src 'none'",
                            "frame-ancestors 'none'").doesNotContain("unsafe"));
            assertThat(page.headers().firstValue("Referrer-Policy")).as(page.uri().toString())
                    .hasValue("same-origin");
        }
        HttpApi.Response tasklist = HttpApi.withSessionAs(port, "secretariat").get("/camunda/app/tasklist/default/");
        assertThat(tasklist.headers().get("Content-Security-Policy")).as("Camunda's own, alone").hasSize(1)
                .allSatisfy(policy -> assertThat(policy).contains("'nonce-"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndLaxAndSecureBehindHttps() throws Exception {
        String plain = new ScriptlessBrowser(port).logIn("member").headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(plain).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");

        // Behind a proxy that ended HTTPS, the cookies are Secure (so they are never sent back over plain HTTP),
        // with one SameSite value, also when the session starts in the Camunda webapps.
        String csrfCookie = new ScriptlessBrowser(port, Map.of("X-Forwarded-Proto", "https")).get("/login").headers()
                .allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("ENDORSE-XSRF-TOKEN")).findFirst()
                .orElseThrow();
        assertThat(csrfCookie).contains("Secure", "SameSite=Lax");
        HttpApi.Response webapp = HttpApi.as(port, "secretariat").withHeader("X-Forwarded-Proto", "https")
                .get("/camunda/app/tasklist/default/");
        String secure = webapp.headers().get("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID"))
                .findFirst().orElseThrow();
        assertThat(secure).contains("HttpOnly", "Secure", "SameSite=Lax");
        assertThat(secure.split("SameSite=", -1)).as("one SameSite value: " + secure).hasSize(2);
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenChangesNothing() throws Exception {
        String reference = nominations.submitted("IDN", "Capacity Building Committee " + System.nanoTime());
        ScriptlessBrowser member = new ScriptlessBrowser(port);
        member.logIn("member");

        HttpResponse<String> forged = member.post("/proposals/" + reference + "/withdraw", Map.of("reason", "forged"),
                false);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(member.get("/proposals/" + reference).body()).doesNotContain("forged")
                .contains("submitted, awaiting the secretariat check");

        HttpResponse<String> withToken = member.post("/proposals/" + reference + "/withdraw", Map.of("reason", "genuine"),
                true);
        assertThat(withToken.statusCode()).isEqualTo(302);
        assertThat(member.get("/proposals/" + reference).body()).contains("genuine");
    }

    @Test
    void aPageTheRoleMayNotOpenSaysWhyWithA403() throws Exception {
        ScriptlessBrowser member = new ScriptlessBrowser(port);
        member.logIn("member");
        HttpResponse<String> outbox = member.get("/notifications");
        assertThat(outbox.statusCode()).isEqualTo(403);
        assertThat(outbox.body()).contains("Not allowed", "Only the secretariat and administrators");

        HttpResponse<String> cockpit = member.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).isEqualTo(403);
        assertThat(cockpit.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(cockpit.body()).contains("Member administrations do all their work in this portal");
    }

    @Test
    void aValueAFormCannotReadIsSaidInWordsAndWhatWasTypedIsKept() throws Exception {
        ScriptlessBrowser member = new ScriptlessBrowser(port);
        member.logIn("member");
        HttpResponse<String> refused = member.post("/nominations", Map.of("title", "Indonesia for the Audit Committee",
                "submittingMember", "IDN", "seat.code", "ROCB-AP-HOST",
                "term.from", "1st of July", "term.to", "2029-06-30", "nominatedMember", "IDN",
                "supportingStatement", "Continuity."), "/nominations/new");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("is not a date: choose it in the calendar, or write it as YYYY-MM-DD",
                "value=\"Indonesia for the Audit Committee\"").doesNotContain("java.time", "Failed to convert");
    }

    @Test
    void aControlCharacterOrAnImplausibleYearIsSaidBesideItsFieldAndWhatWasTypedIsKept() throws Exception {
        ScriptlessBrowser member = new ScriptlessBrowser(port);
        member.logIn("member");
        HttpResponse<String> refused = member.post("/nominations", Map.of("title", "Indonesia for the Audit Committee",
                "submittingMember", "IDN", "seat.code", "ROCB\u0001AP",
                "term.from", "0000-07-01", "term.to", "2029-06-30", "nominatedMember", "IDN",
                "supportingStatement", "Continuity."), "/nominations/new");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("contains an invisible control character (U+0001)",
                "must be a date between the years 1950 and 2100", "value=\"Indonesia for the Audit Committee\"");

        ScriptlessBrowser chair = new ScriptlessBrowser(port);
        chair.logIn("chair");
        String page = ApiSteps.conveneJointSession(HttpApi.as(port, "secretariat"), 53, LocalDate.of(2028, 5, 1),
                "IDN", "Asia/Jakarta").replace("/api", "");
        HttpResponse<String> note = chair.post(page + "/decisions", Map.of("reference", "NOM-2026-9999",
                "decision", "DEFERRED", "note", "Next\u0000time"), page + "/console");
        assertThat(note.statusCode()).isEqualTo(302);
        assertThat(chair.get(page + "/console").body()).contains("contains an invisible control character (U+0000)");
        releaseAgendaOf("/api" + page);
    }

    @Test
    void aMemberSeesNoPlannedAgendaOnAnyPageOfTheMeeting() throws Exception {
        String reference = nominations.waitingForReview("IDN", "Enforcement Committee " + System.nanoTime());
        String meeting = ApiSteps.conveneJointSession(HttpApi.as(port, "secretariat"), 51, LocalDate.of(2028, 3, 1),
                "IDN", "Asia/Jakarta");
        // The agenda assembled holds the 200 proposals that have waited longest; other tests leave many waiting.
        HttpApi.as(port, "secretariat").put(meeting + "/agenda", Map.of("references", List.of(reference)));
        assertThat(HttpApi.as(port, "secretariat").get(meeting).body()).contains(reference);
        String page = meeting.replace("/api", "");

        ScriptlessBrowser member = new ScriptlessBrowser(port);
        member.logIn("member");
        for (String path : List.of(page, page + "/console", page + "/circulate", page + "/close")) {
            HttpResponse<String> shown = member.get(path);
            assertThat(shown.statusCode()).as(path).isEqualTo(200);
            assertThat(shown.body()).as(path).doesNotContain(reference);
        }
        releaseAgendaOf(meeting);
    }

    /** Proposals on a meeting's agenda are on no other: a test's meeting left planned gives them back. */
    private void releaseAgendaOf(String meeting) {
        assertThat(HttpApi.as(port, "secretariat").put(meeting + "/agenda", Map.of("references", List.of())).code())
                .isEqualTo(200);
    }

    @Test
    void aStepRefusedByTheServiceIsSaidOnThePageNotAsAFault() throws Exception {
        String reference = nominations.submitted("JPN", "Harmonized System Committee " + System.nanoTime());
        String taskId = ApiSteps.taskOf(HttpApi.as(port, "secretariat"), reference).get("id").asText();
        nominations.check(reference);
        ScriptlessBrowser secretariat = new ScriptlessBrowser(port);
        secretariat.logIn("secretariat");
        HttpResponse<String> gone = secretariat.get("/tasks/" + taskId);
        assertThat(gone.statusCode()).isEqualTo(302);
        assertThat(secretariat.get("/tasks").body()).contains("was already completed by secretariat");

        String meeting = ApiSteps.conveneJointSession(HttpApi.as(port, "secretariat"), 52, LocalDate.of(2028, 4, 1),
                "JPN", "Asia/Tokyo");
        String page = meeting.replace("/api", "");
        ScriptlessBrowser chair = new ScriptlessBrowser(port);
        chair.logIn("chair");
        HttpResponse<String> notOpen = chair.post(page + "/decisions", Map.of("reference", reference,
                "decision", "RECOMMENDED"), page + "/console");
        assertThat(notOpen.statusCode()).isEqualTo(302);
        assertThat(chair.get(page + "/console").body()).contains("is not open");
        releaseAgendaOf(meeting);
    }
}
