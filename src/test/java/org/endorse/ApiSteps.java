package org.endorse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

/** Steps the API tests take again and again, each checked as it is taken. */
public final class ApiSteps {

    private ApiSteps() {
    }

    /** The user's open task on a proposal, as GET /api/tasks lists it. */
    public static JsonNode taskOf(HttpApi user, String reference) {
        return StreamSupport.stream(user.get("/api/tasks").json().spliterator(), false)
                .filter(task -> task.get("proposalReference").asText().equals(reference)).findFirst()
                .orElseThrow(() -> new AssertionError("no open task on " + reference + " for this user"));
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
