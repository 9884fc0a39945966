package org.endorse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;

/** Steps the API tests take again and again, each checked as it is taken. */
public final class ApiSteps {

    private ApiSteps() {
    }

    /** A nomination for a seat whose term any year's draft may name: Japan as ROCB A/P's host. */
    public static final Map<String, Object> NOMINATION = Map.of("title", "Japan for the Audit Committee",
            "submittingMember", "JPN", "seat", Map.of("code", "ROCB-AP-HOST"),
            "term", Map.of("from", "2027-07-01", "to", "2029-06-30"), "nominatedMember", "JPN",
            "supportingStatement", "Japan offers its experience.");

    /**
     * The year's first nominations, drafted all at the same moment on a year without a counter yet: every one is
     * saved, numbered 0001 to the last, none answered 500.
     */
    public static void firstNominationsOfTheYearAtOnce(HttpApi member, int year, int drafts) throws Exception {
        List<HttpApi.Response> drafted = atOnce(drafts, () -> member.post("/api/nominations", NOMINATION));

        assertThat(drafted).as("every draft of " + year + " is saved").allSatisfy(response ->
                assertThat(response.code()).as(response.body()).isEqualTo(201));
        assertThat(drafted).extracting(response -> response.json().get("reference").asText())
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, drafts)
                        .mapToObj(number -> "NOM-%d-%04d".formatted(year, number)).toList());
    }

    /** Sends the same request from several threads released at the same moment. */
    public static List<HttpApi.Response> atOnce(int times, Callable<HttpApi.Response> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(times);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpApi.Response>> answers = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<HttpApi.Response> responses = new ArrayList<>();
            for (Future<HttpApi.Response> answer : answers) {
                responses.add(answer.get());
            }
            return responses;
        } finally {
            threads.shutdown();
        }
    }

    /** The user's open task on a proposal, as GET /api/tasks?proposal= lists it. */
    public static JsonNode taskOf(HttpApi user, String reference) {
        HttpApi.Response tasks = user.get("/api/tasks?proposal=" + reference);
        assertThat(tasks.code()).as(tasks.body()).isEqualTo(200);
        JsonNode items = tasks.json().get("items");
        if (items.isEmpty()) {
            throw new AssertionError("no open task on " + reference + " for this user");
        }
        return items.get(0);
    }

    /**
     * Every item of a paged list, read a page of 50 at a time until the last page: what a client that wants the whole
     * list does. The path may have filters; it must not have page or size.
     */
    public static List<JsonNode> everyItem(HttpApi user, String path) {
        List<JsonNode> items = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 1; ; page++) {
            HttpApi.Response found = user.get(path + separator + "size=50&page=" + page);
            assertThat(found.code()).as(path + ": " + found.body()).isEqualTo(200);
            found.json().get("items").forEach(items::add);
            if (page >= found.json().get("pages").asInt()) {
                assertThat(items).as("every page of " + path).hasSize(found.json().get("total").asInt());
                return items;
            }
        }
    }

    /** The outbox's notifications (a page of up to 50) that match the filters, a query string such as "q=Postponed". */
    public static JsonNode notifications(HttpApi operator, String filters) {
        HttpApi.Response found = operator.get("/api/notifications?size=50&" + filters);
        assertThat(found.code()).as(found.body()).isEqualTo(200);
        return found.json().get("items");
    }

    /** The subjects of the outbox's notifications whose subject has these words. */
    public static List<String> mailSubjects(HttpApi operator, String words) {
        return notifications(operator, "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8))
                .findValuesAsText("subject");
    }

    public static void completeTask(HttpApi user, String reference, Map<String, Object> decision) {
        HttpApi.Response completed = user.post("/api/tasks/" + taskOf(user, reference).get("id").asText()
                + "/complete", decision);
        assertThat(completed.code()).as(completed.body()).isEqualTo(204);
    }

    public static String statusOf(HttpApi reader, String reference) {
        return reader.get("/api/proposals/" + reference).json().get("status").asText();
    }

    /** Convenes a virtual joint session chaired by the demo chair; returns its path under /api/meetings. */
    public static String conveneJointSession(HttpApi secretariat, int number, LocalDate startDate, String hostMember,
            String timeZone) {
        HttpApi.Response convened = secretariat.post("/api/meetings", Map.of("type", "JOINT_SESSION", "number", number,
                "contactPointsNumber", number + 9, "startDate", startDate.toString(), "endDate", startDate.plusDays(1).toString(), "timeZone", timeZone,
                "hostMember", hostMember, "chair", "chair", "mode", "VIRTUAL"));
        assertThat(convened.code()).as(convened.body()).isEqualTo(201);
        return "/api/meetings/" + convened.json().get("id").asText();
    }
}
