package org.endorse.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.endorse.ApiSteps;
import org.endorse.ChunkedUpload;
import org.endorse.HttpApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault suite: bodies of any size sent without their length to every door of Endorse (its API, the portal's
 * forms, the Camunda REST API, the webapps' engine API, the actuator). Each is read only up to the limit of its
 * address and answered 413 (or refused before it is read), never 500, and the node's memory stays small: it runs
 * in a JVM of its own with at most 512 MB of heap, as an operator might start it, keeps answering, and keeps no
 * more than it did before once a full garbage collection has run.
 */
class OversizedBodiesTest {

    private static final long MB = 1024 * 1024;

    @TempDir
    static Path workingDirectory;

    static SeparateNode node;

    int port;

    @BeforeAll
    static void startANodeWith512MbOfHeap() throws Exception {
        node = SeparateNode.start("oversized-bodies", workingDirectory, List.of("-Xmx512m"), List.of(
                "--spring.profiles.active=demo", "--spring.config.additional-location=file:"
                        + Path.of("config").toAbsolutePath() + "/",
                "--spring.datasource.url=jdbc:h2:file:" + workingDirectory.resolve("data/endorse")
                        + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (node != null) {
            node.awaitDeath();
        }
    }

    /** A request to one door: its address, headers and how its body begins; the status it must get. */
    record Door(String name, String path, Map<String, String> headers, String start, int status, long limit) {
    }

    List<Door> doors;

    @BeforeEach
    void doors() throws Exception {
        port = node.port();
        Map<String, String> webappSession = webappSessionOf("admin");
        String draft = HttpApi.as(port, "member").post("/api/nominations", ApiSteps.NOMINATION).json()
                .get("reference").asText();
        String multipart = "multipart/form-data; boundary=endorse";
        String modelPart = "--endorse\r\nContent-Disposition: form-data; name=\"model\"; filename=\"a.bpmn\"\r\n\r\n";
        doors = List.of(
                new Door("the API", "/api/nominations", json("member"), "{\"title\": \"", 413, MB),
                new Door("a ToR through the API", "/api/terms", json("member"), "{\"text\": \"", 413, 2 * MB),
                new Door("a portal form", "/nominations", Map.of("Authorization", basic("member"), "Accept",
                        "text/html", "Content-Type", "application/x-www-form-urlencoded"), "title=", 413, MB),
                new Door("the Camunda REST API", "/engine-rest/process-instance/count", json("secretariat"), "{\"a\":\"",
                        413, MB),
                new Door("a deployment through the Camunda REST API", "/engine-rest/deployment/create",
                        Map.of("Authorization", basic("admin"), "Content-Type", multipart), modelPart, 413, 5 * MB),
                new Door("a deployment through the Camunda REST API by the engine's name",
                        "/engine-rest/engine/default/deployment/create",
                        Map.of("Authorization", basic("admin"), "Content-Type", multipart), modelPart, 413, 5 * MB),
                new Door("a deployment by a user who may not deploy", "/engine-rest/deployment/create",
                        Map.of("Authorization", basic("secretariat"), "Content-Type", multipart), modelPart, 403, 0),
                new Door("a deployment through the webapps' engine API",
                        "/camunda/api/engine/engine/default/deployment/create",
                        with(webappSession, "Content-Type", multipart), modelPart, 413, 5 * MB),
                new Door("a document's upload", "/api/proposals/" + draft + "/documents",
                        Map.of("Authorization", basic("member"), "Content-Type", "multipart/form-data; boundary=endorse"),
                        "--endorse\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n", 413,
                        27 * MB),
                new Door("the actuator", "/actuator/health", json("admin"), "{\"a\":\"", 405, 0));
    }

    @Test
    void everyDoorReadsABodyWithoutItsLengthOnlyUpToItsLimit() throws Exception {
        for (Door door : doors) {
            ChunkedUpload.Outcome outcome = send(door, 40 * MB);
            assertThat(outcome.status()).as(door.name() + ": " + outcome.head()).isEqualTo(door.status());
            assertThat(outcome.bytesSent()).as(door.name() + ": read past its limit").isLessThan(door.limit() + 16 * MB);
        }
    }

    @Test
    void aPortalFormTooLargeGetsAPageThatSaysHowMuchItTakes() throws Exception {
        ChunkedUpload.Outcome outcome = send(doors.get(2), 40 * MB);
        assertThat(outcome.head()).contains("Too much at once", "Endorse takes at most 1 MB in this form");
    }

    /** Four of 200 MB at each door at once: none read whole, none answered 500, and the heap stays small. */
    @Test
    void fourBodiesOf200MbAtEachDoorAtOnceLeaveTheNodeAsItWas() throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(4 * doors.size());
        try {
            Map<Door, List<Future<ChunkedUpload.Outcome>>> sent = new LinkedHashMap<>();
            for (Door door : doors) {
                List<Future<ChunkedUpload.Outcome>> four = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    four.add(senders.submit(() -> send(door, 200 * MB)));
                }
                sent.put(door, four);
            }
            for (Map.Entry<Door, List<Future<ChunkedUpload.Outcome>>> door : sent.entrySet()) {
                long mostSent = 0;
                for (Future<ChunkedUpload.Outcome> one : door.getValue()) {
                    ChunkedUpload.Outcome outcome = one.get();
                    assertThat(outcome.status()).as(door.getKey().name() + ": " + outcome.head())
                            .isEqualTo(door.getKey().status());
                    assertThat(outcome.bytesSent()).as(door.getKey().name()).isLessThan(
                            door.getKey().limit() + 16 * MB);
                    mostSent = Math.max(mostSent, outcome.bytesSent());
                }
                System.out.printf("OversizedBodiesTest: %s answered %d four times, at most %.1f MB of 200 sent"
                        + " before the answer (limit %d MB)%n", door.getKey().name(), door.getKey().status(),
                        mostSent / (double) MB, door.getKey().limit() / MB);
            }
        } finally {
            senders.shutdownNow();
        }
        assertThat(HttpApi.as(port, "member").get("/api/proposals").code()).as("the node still answers")
                .isEqualTo(200);
        long heap = node.heapAfterFullCollection();
        System.out.printf("OversizedBodiesTest: 4 bodies of 200 MB at each of %d doors; heap after a full GC: %d MB%n",
                doors.size(), heap / MB);
        // It ran within 512 MB throughout (its -Xmx); what it keeps afterwards is what it kept before the flood.
        assertThat(heap).isLessThan(256 * MB);
    }

    private ChunkedUpload.Outcome send(Door door, long size) throws Exception {
        return ChunkedUpload.send(port, "POST", door.path(), door.headers(), door.start(), (byte) 'x', size);
    }

    private static Map<String, String> json(String user) {
        return Map.of("Authorization", basic(user), "Content-Type", "application/json", "Accept", "application/json");
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes());
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put(name, value);
        return all;
    }

    /** A session of the Camunda webapps, as Cockpit holds it: its cookies and its CSRF token. */
    private Map<String, String> webappSessionOf(String user) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        HttpResponse<String> tasklist = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/camunda/app/tasklist/default/")).header("Authorization", basic(user)).build(),
                HttpResponse.BodyHandlers.ofString());
        String token = tasklist.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        String cookie = cookies.getCookieStore().getCookies().stream().map(HttpCookie::toString)
                .collect(Collectors.joining("; "));
        return Map.of("Authorization", basic(user), "Cookie", cookie, "X-XSRF-TOKEN", token,
                "Accept", "application/json");
    }
}
