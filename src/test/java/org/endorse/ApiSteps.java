package org.endorse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Steps the API tests take again and again, each checked as it is taken. */
public final class ApiSteps {

    private ApiSteps() {
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
