package org.endorse.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * No request can fill the memory: a body over its limit is refused with 413 and a problem that says the limit
 * in the reader's language, whether it announces its length or not; JSON nested too deep is refused as it is
 * read; lists have a maximum size.
 */
@EndorseTest
class RequestLimitsTest {

    private static final int MB = 1024 * 1024;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        String body = nominationWithStatement("x".repeat(3 * MB / 2));
        HttpResponse<String> english = send("/api/nominations", body, "application/json", "en", true);
        assertThat(english.statusCode()).isEqualTo(413);
        assertThat(english.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(english.body()).contains("The request is too large: Endorse takes at most 1024 KB in one request");

        HttpResponse<String> french = send("/api/nominations", body, "application/json", "fr", true);
        assertThat(french.statusCode()).isEqualTo(413);
        assertThat(french.body()).contains("La requête est trop volumineuse : Endorse accepte au plus 1024 Ko");
    }

    @Test
    void aBodySentWithoutItsLengthIsRefusedWhenItGoesOverTheLimit() throws Exception {
        HttpResponse<String> chunked = send("/api/nominations", nominationWithStatement("x".repeat(3 * MB)),
                "application/json", "en", false);
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("The request is too large");
    }

    @Test
    void aTermsOfReferenceTextMayBeLargerAndIsThenRefusedByItsFieldsLimit() throws Exception {
        String text = "1. The Group meets once a year.\n".repeat(3 * MB / 2 / 32);
        HttpResponse<String> refused = send("/api/terms", HttpApi.json(Map.of("title", "Terms of Reference",
                "submittingMember", "IDN", "governedBody", "Working Group", "text", text)), "application/json", "en",
                true);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"text\"");
    }

    @Test
    void jsonNestedDeeperThanAnyRequestIsRefused() throws Exception {
        String nested = "{\"unknown\":" + "[".repeat(100) + "]".repeat(100) + "}";
        HttpResponse<String> refused = send("/api/nominations", nested, "application/json", "en", true);
        assertThat(refused.statusCode()).isEqualTo(413);
    }

    @Test
    void aFormOverTheLimitGetsThePortalsPageFor413() throws Exception {
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/nominations")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString("title=" + "x".repeat(
                        3 * MB / 2))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("Too much at once", "Endorse takes at most 1 MB in this form");
    }

    /** A form that cannot be read is a 400, before anything looks at it; it once was a 500 to anyone. */
    @Test
    void aFormThatCannotBeReadIsRefusedWith400() throws Exception {
        for (String form : List.of("username=a&password=%", "a=%zz", "a=1&" + "b=2&".repeat(1000))) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(form.substring(0, Math.min(20, form.length()))).isEqualTo(400);
            assertThat(page.body()).contains("Something in the request is wrong");
        }
        HttpResponse<String> api = send("/api/nominations", "title=%G1", "application/x-www-form-urlencoded; charset=utf-8",
                "en", true);
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("The form cannot be read");
        HttpResponse<String> bogusCharset = send("/api/nominations", "title=x",
                "APPLICATION/X-WWW-FORM-URLENCODED; charset=x-bogus", "en", true);
        assertThat(bogusCharset.statusCode()).as("read as a form, whatever the case of its type").isEqualTo(400);
    }

    @Test
    void everyListOfARequestHasAMaximumSize() {
        HttpApi secretariat = HttpApi.as(port, "secretariat");
        List<String> references = Collections.nCopies(201, "NOM-2026-0001");
        HttpApi.Response agenda = secretariat.put("/api/meetings/999999/agenda", Map.of("references", references));
        assertThat(agenda.code()).isEqualTo(400);
        assertThat(agenda.json().get("errors").findValuesAsText("field")).containsExactly("references");

        List<String> members = IntStream.range(0, 201).mapToObj(i -> "M" + i).toList();
        HttpApi.Response attendance = secretariat.put("/api/meetings/999999/attendance", Map.of("members", members));
        assertThat(attendance.json().get("errors").findValuesAsText("field")).containsExactly("members");

        List<Map<String, String>> decisions = Collections.nCopies(401, Map.of("reference", "NOM-2026-0001",
                "decision", "DEFERRED"));
        HttpApi.Response decided = HttpApi.as(port, "chair").post("/api/meetings/999999/decisions",
                Map.of("decisions", decisions));
        assertThat(decided.json().get("errors").findValuesAsText("field")).containsExactly("decisions");
    }

    private HttpResponse<String> send(String path, String body, String type, String language, boolean withLength)
            throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher publisher = withLength ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                : HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", type).header("Accept", "application/json").header("Accept-Language", language)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("member:demo".getBytes()))
                .POST(publisher).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String nominationWithStatement(String statement) {
        return HttpApi.json(Map.of("title", "Indonesia for the Audit Committee", "submittingMember", "IDN",
                "seat", Map.of("code", "ROCB-AP-HOST"),
                "term", Map.of("from", "2027-07-01", "to", "2029-06-30"), "nominatedMember", "IDN",
                "supportingStatement", statement));
    }
}
