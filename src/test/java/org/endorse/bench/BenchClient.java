package org.endorse.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An API client logged in as one demo user with HTTP Basic on every request, as a script would be: no session
 * kept. Thread-safe, so the concurrent clients of a throughput run share one per user. Bodies are read as bytes
 * and parsed only when asked, so that a latency measures the server rather than this client.
 */
final class BenchClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();
    private final String baseUrl;
    private final String authorization;

    private BenchClient(int port, String user) {
        this.baseUrl = "http://localhost:" + port;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    /** The demo users all have the password "demo". */
    static BenchClient as(int port, String user) {
        return new BenchClient(port, user);
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    Answer post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                .header("Authorization", authorization).header("Accept", "application/json");
    }

    private Answer send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            HttpResponse<byte[]> response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(built.method() + " " + built.uri(), response.statusCode(),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A response; the benchmark fails at once on any status other than the one a step expects. */
    record Answer(String request, int status, byte[] body) {

        Answer expect(int expected) {
            if (status != expected) {
                throw new IllegalStateException(request + " answered " + status + " instead of " + expected + ": "
                        + new String(body, StandardCharsets.UTF_8));
            }
            return this;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** How many items the whole list holds: the page's {@code total}. */
        long total() {
            return json().get("total").asLong();
        }

        /** The first item of the page whose field has the value. */
        JsonNode item(String field, String value) {
            return StreamSupport.stream(json().get("items").spliterator(), false)
                    .filter(item -> value.equals(item.path(field).asText())).findFirst()
                    .orElseThrow(() -> new IllegalStateException(request + " lists no item with " + field + " "
                            + value + ": " + new String(body, StandardCharsets.UTF_8)));
        }
    }
}
