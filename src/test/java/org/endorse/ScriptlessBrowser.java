package org.endorse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without scripts: keeps its cookies, follows no redirect, sends forms with their token. */
public final class ScriptlessBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> headers;
    private final int port;

    public ScriptlessBrowser(int port) {
        this(port, Map.of());
    }

    public ScriptlessBrowser(int port, Map<String, String> headers) {
        this.port = port;
        this.headers = headers;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form as the page would, with the CSRF token of the page it came from when asked to. */
    public HttpResponse<String> post(String path, Map<String, String> fields, boolean withToken)
            throws IOException, InterruptedException {
        return withToken ? post(path, fields, path.substring(0, path.lastIndexOf('/'))) : send(path, fields);
    }

    /** Posts a form from the given page, with that page's CSRF token. */
    public HttpResponse<String> post(String path, Map<String, String> fields, String page)
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

    /** Logs in on the login page as a demo user (password "demo"). */
    public HttpResponse<String> logIn(String user) throws IOException, InterruptedException {
        return logIn(user, "demo");
    }

    public HttpResponse<String> logIn(String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> loggedIn = sendLogIn(user, password);
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location")).hasValueSatisfying(to ->
                assertThat(to).doesNotContain("error").doesNotContain("paused"));
        return loggedIn;
    }

    /** Tries to log in on the login page, and tells where the login sent the browser (its Location). */
    public String attemptLogIn(String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> answer = sendLogIn(user, password);
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<String> sendLogIn(String user, String password) throws IOException, InterruptedException {
        String token = tokenOf(get("/login"));
        return http.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends JSON with the session cookie, as a script on a page (Swagger UI, another site's) would. */
    public HttpResponse<String> postJson(String path, String json, Map<String, String> moreHeaders)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json");
        moreHeaders.forEach(request::header);
        return http.send(request.POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The value of a cookie the browser keeps, such as the CSRF token's for scripts. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no cookie " + name));
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
