package org.endorse.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.endorse.ApiSteps;
import org.endorse.EndorseTest;
import org.endorse.HttpApi;
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

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    NominationFixtures nominations;

    @Test
    void theFrontDoorIsThePortalBehindItsOwnLoginPage() throws Exception {
        WebClient browser = new WebClient();
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

    @Test
    void theSessionCookieIsHttpOnlyAndLaxAndSecureBehindHttps() throws Exception {
        String plain = new WebClient().logIn("member").headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(plain).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");

        // Behind a proxy that ended HTTPS, the login page's session is Secure (so it is never sent back over plain HTTP).
        WebClient behindProxy = new WebClient(Map.of("X-Forwarded-Proto", "https"));
        String secure = behindProxy.get("/login").headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(secure).contains("HttpOnly", "SameSite=Lax", "Secure");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenChangesNothing() throws Exception {
        String reference = nominations.submitted("IDN", "Capacity Building Committee " + System.nanoTime());
        WebClient member = new WebClient();
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
        WebClient member = new WebClient();
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
        WebClient member = new WebClient();
        member.logIn("member");
        HttpResponse<String> refused = member.post("/nominations", Map.of("title", "Indonesia for the Audit Committee",
                "submittingMember", "IDN", "seat.type", "COMMITTEE_REPRESENTATIVE", "seat.name", "Audit Committee",
                "term.from", "1st of July", "term.to", "2029-06-30", "nominatedMember", "IDN",
                "supportingStatement", "Continuity."), "/nominations/new");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("is not a date: choose it in the calendar, or write it as YYYY-MM-DD",
                "value=\"Indonesia for the Audit Committee\"").doesNotContain("java.time", "Failed to convert");
    }

    @Test
    void aControlCharacterOrAnImplausibleYearIsSaidBesideItsFieldAndWhatWasTypedIsKept() throws Exception {
        WebClient member = new WebClient();
        member.logIn("member");
        HttpResponse<String> refused = member.post("/nominations", Map.of("title", "Indonesia for the Audit Committee",
                "submittingMember", "IDN", "seat.type", "COMMITTEE_REPRESENTATIVE", "seat.name", "Audit\u0001Committee",
                "term.from", "0000-07-01", "term.to", "2029-06-30", "nominatedMember", "IDN",
                "supportingStatement", "Continuity."), "/nominations/new");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("contains an invisible control character (U+0001)",
                "must be a date between the years 1950 and 2100", "value=\"Indonesia for the Audit Committee\"");

        WebClient chair = new WebClient();
        chair.logIn("chair");
        String page = ApiSteps.conveneJointSession(HttpApi.as(port, "secretariat"), 53, LocalDate.of(2028, 5, 1),
                "IDN", "Asia/Jakarta").replace("/api", "");
        HttpResponse<String> note = chair.post(page + "/decisions", Map.of("reference", "NOM-2026-9999",
                "decision", "DEFER", "note", "Next\u0000time"), page + "/console");
        assertThat(note.statusCode()).isEqualTo(302);
        assertThat(chair.get(page + "/console").body()).contains("contains an invisible control character (U+0000)");
        releaseAgendaOf("/api" + page);
    }

    @Test
    void aMemberSeesNoPlannedAgendaOnAnyPageOfTheMeeting() throws Exception {
        String reference = nominations.waitingForReview("IDN", "Enforcement Committee " + System.nanoTime());
        String meeting = ApiSteps.conveneJointSession(HttpApi.as(port, "secretariat"), 51, LocalDate.of(2028, 3, 1),
                "IDN", "Asia/Jakarta");
        assertThat(HttpApi.as(port, "secretariat").get(meeting).body()).contains(reference);
        String page = meeting.replace("/api", "");

        WebClient member = new WebClient();
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
        WebClient secretariat = new WebClient();
        secretariat.logIn("secretariat");
        HttpResponse<String> gone = secretariat.get("/tasks/" + taskId);
        assertThat(gone.statusCode()).isEqualTo(302);
        assertThat(secretariat.get("/tasks").body()).contains("was already completed by secretariat");

        String meeting = ApiSteps.conveneJointSession(HttpApi.as(port, "secretariat"), 52, LocalDate.of(2028, 4, 1),
                "JPN", "Asia/Tokyo");
        String page = meeting.replace("/api", "");
        WebClient chair = new WebClient();
        chair.logIn("chair");
        HttpResponse<String> notOpen = chair.post(page + "/decisions", Map.of("reference", reference,
                "decision", "RECOMMEND"), page + "/console");
        assertThat(notOpen.statusCode()).isEqualTo(302);
        assertThat(chair.get(page + "/console").body()).contains("is not open");
        releaseAgendaOf(meeting);
    }

    /** A browser without scripts: keeps its cookies, follows no redirect, sends forms with their token. */
    private final class WebClient {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final Map<String, String> headers;

        WebClient() {
            this(Map.of());
        }

        WebClient(Map<String, String> headers) {
            this.headers = headers;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(request(path).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Posts a form as the page would, with the CSRF token of the page it came from when asked to. */
        HttpResponse<String> post(String path, Map<String, String> fields, boolean withToken)
                throws IOException, InterruptedException {
            return withToken ? post(path, fields, path.substring(0, path.lastIndexOf('/'))) : send(path, fields);
        }

        /** Posts a form from the given page, with that page's CSRF token. */
        HttpResponse<String> post(String path, Map<String, String> fields, String page)
                throws IOException, InterruptedException {
            Map<String, String> form = new LinkedHashMap<>(fields);
            form.put("_csrf", tokenOf(get(page)));
            return send(path, form);
        }

        private HttpResponse<String> send(String path, Map<String, String> form)
                throws IOException, InterruptedException {
            String body = form.entrySet().stream().map(field -> field.getKey() + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> logIn(String user) throws IOException, InterruptedException {
            String token = tokenOf(get("/login"));
            HttpResponse<String> loggedIn = http.send(request("/login")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo&_csrf=" + token))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(loggedIn.statusCode()).isEqualTo(302);
            assertThat(loggedIn.headers().firstValue("Location")).hasValueSatisfying(to ->
                    assertThat(to).doesNotContain("error"));
            return loggedIn;
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
            headers.forEach(request::header);
            return request;
        }

        private String tokenOf(HttpResponse<String> page) {
            Matcher token = CSRF.matcher(page.body());
            assertThat(token.find()).as("a CSRF token in " + page.uri()).isTrue();
            return token.group(1);
        }
    }
}
