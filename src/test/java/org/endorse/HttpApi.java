package org.endorse;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** A real HTTP client for the running service, logged in as one user (or nobody). */
public final class HttpApi {

    public record Response(HttpStatusCode status, HttpHeaders headers, JsonNode json, String body) {

        public int code() {
            return status.value();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RestClient client;
    private final int port;
    private final String baseUrl;

    private HttpApi(RestClient client, int port) {
        this.client = client;
        this.port = port;
        this.baseUrl = "http://localhost:" + port;
    }

    public static HttpApi anonymous(int port) {
        return new HttpApi(base(port).build(), port);
    }

    public static HttpApi as(int port, String user, String password) {
        return new HttpApi(base(port).defaultHeaders(headers -> headers.setBasicAuth(user, password)).build(), port);
    }

    /** The demo users all have the password "demo". */
    public static HttpApi as(int port, String user) {
        return as(port, user, "demo");
    }

    /** Like a browser, keeps the session cookie between requests, as the Camunda webapps expect. */
    public static HttpApi withSessionAs(int port, String user) {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new java.net.CookieManager()).build();
        return new HttpApi(RestClient.builder().baseUrl("http://localhost:" + port)
                .requestFactory(new JdkClientHttpRequestFactory(http))
                .defaultHeaders(headers -> headers.setBasicAuth(user, "demo")).build(), port);
    }

    /** The same user, asking for answers in these languages (an Accept-Language header such as "fr"). */
    public HttpApi inLanguage(String languages) {
        return new HttpApi(client.mutate().defaultHeader(HttpHeaders.ACCEPT_LANGUAGE, languages).build(), port);
    }

    /** The same user, sending this header with every request (a CSRF token, say). */
    public HttpApi withHeader(String name, String value) {
        return new HttpApi(client.mutate().defaultHeader(name, value).build(), port);
    }

    private static RestClient.Builder base(int port) {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .requestFactory(new JdkClientHttpRequestFactory(http));
    }

    /** The path and query are sent as given, already percent-encoded. */
    public Response get(String path) {
        return client.get().uri(URI.create(baseUrl + path)).accept(MediaType.APPLICATION_JSON).exchange((request, response) ->
                read(response));
    }

    /** A download such as a page, PDF or calendar, read as text (ISO-8859-1 keeps a PDF's bytes as they are). */
    public Response getAs(String path, String accept) {
        return client.get().uri(URI.create(baseUrl + path)).header("Accept", accept).exchange((request, response) -> {
            String body = new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            return new Response(response.getStatusCode(), response.getHeaders(), null, body);
        });
    }

    public Response post(String path, Object body) {
        return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .body(body instanceof String text ? text : json(body))
                .exchange((request, response) -> read(response));
    }

    /** The path and query are sent as given, already percent-encoded. */
    public Response postExactly(String path, Object body) {
        return client.post().uri(URI.create(baseUrl + path)).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).body(json(body)).exchange((request, response) -> read(response));
    }

    /** A form, as a browser posts it. */
    public Response postForm(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream().map(field -> field.getKey() + "="
                + java.net.URLEncoder.encode(field.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        return client.post().uri(URI.create(baseUrl + path)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(MediaType.APPLICATION_JSON).body(form).exchange((request, response) -> read(response));
    }

    public Response post(String path) {
        return post(path, Map.of());
    }

    /** A multipart upload: the fields, then one file in the part "file", written byte for byte as given. */
    public Response upload(String path, Map<String, String> fields, String fileName, byte[] content) {
        Multipart body = Multipart.of(fields, fileName, content);
        return client.post().uri(URI.create(baseUrl + path)).contentType(body.type())
                .accept(MediaType.APPLICATION_JSON).body(body.bytes()).exchange((request, response) -> read(response));
    }

    /** A body of any type, byte for byte as given. */
    public Response postRaw(String path, String contentType, byte[] body) {
        return client.post().uri(URI.create(baseUrl + path)).contentType(MediaType.parseMediaType(contentType))
                .accept(MediaType.APPLICATION_JSON).body(body).exchange((request, response) -> read(response));
    }

    /** A download as its bytes, with the request's extra headers (If-None-Match, say). */
    public Bytes download(String path, String... headerPairs) {
        return client.get().uri(URI.create(baseUrl + path)).headers(headers -> {
            for (int i = 0; i < headerPairs.length; i += 2) {
                headers.add(headerPairs[i], headerPairs[i + 1]);
            }
        }).exchange((request, response) -> new Bytes(response.getStatusCode(), response.getHeaders(),
                response.getBody().readAllBytes()));
    }

    public record Bytes(HttpStatusCode status, HttpHeaders headers, byte[] body) {

        public int code() {
            return status.value();
        }
    }

    /** A multipart/form-data body, built by hand so that a test controls every byte of it (a file's name, say). */
    public record Multipart(MediaType type, byte[] bytes) {

        public static Multipart of(Map<String, String> fields, String fileName, byte[] content) {
            String boundary = "endorse-test-" + java.util.UUID.randomUUID();
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
            fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data;"
                    + " name=\"" + name + "\"\r\n\r\n" + value + "\r\n").getBytes(utf8)));
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(utf8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(utf8));
            return new Multipart(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary),
                    body.toByteArray());
        }
    }

    public Response put(String path, Object body) {
        return client.put().uri(path).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .body(body instanceof String text ? text : json(body))
                .exchange((request, response) -> read(response));
    }

    public Response delete(String path) {
        return client.delete().uri(path).accept(MediaType.APPLICATION_JSON).exchange((request, response) -> read(response));
    }

    /** The body as the API reads it. */
    public static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Response read(org.springframework.http.client.ClientHttpResponse response)
            throws java.io.IOException {
        String body = new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        JsonNode json = null;
        if (!body.isBlank() && (body.startsWith("{") || body.startsWith("["))) {
            json = JSON.readTree(body);
        }
        return new Response(response.getStatusCode(), response.getHeaders(), json, body);
    }
}
