package org.endorse.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.endorse.ApiSteps;
import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Agenda items that are not proposals, over HTTP: reports and matters the secretariat adds, the chair's conclusions
 * on them with the action items agreed under them, each action item's reminder to its owner, and its follow-up at
 * every later meeting until one closes it (processes/action-item.bpmn through the whole service).
 */
@EndorseTest
class ActionItemsTest {

    @LocalServerPort
    int port;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    HttpApi secretariat;
    HttpApi chair;
    HttpApi member;
    LocalDate today;

    @BeforeEach
    void setUp() {
        secretariat = HttpApi.as(port, "secretariat");
        chair = HttpApi.as(port, "chair");
        member = HttpApi.as(port, "member");
        today = LocalDate.now(ZoneOffset.UTC);
    }

    @Test
    void reportsAndMattersAreTheSecretariatsToAddUntilThePapersGoOut() {
        String meeting = convene("VIRTUAL", today.plusDays(30), today.plusDays(31));
        assertThat(member.post(meeting + "/agenda/items", item("REPORT", "Report", "ROCB-AP")).code()).isEqualTo(403);
        assertThat(fields(secretariat.post(meeting + "/agenda/items", item("FOLLOW_UP", "Follow-up", null))))
                .containsExactly("kind");
        assertThat(fields(secretariat.post(meeting + "/agenda/items", item("REPORT", "Report", null))))
                .containsExactly("presenter");
        HttpApi.Response unknown = secretariat.post(meeting + "/agenda/items", item("REPORT", "Report", "RILO-EU"));
        assertThat(fields(unknown)).containsExactly("presenter");
        assertThat(unknown.body()).contains("RILO-EU", "/api/regional-entities");
        assertThat(fields(secretariat.post(meeting + "/agenda/items", item("DISCUSSION", " ", null))))
                .containsExactly("title");

        Long report = addItem(meeting, "REPORT", "Activity report of RILO A/P", "RILO-AP");
        Long matter = addItem(meeting, "DISCUSSION", "Regional priorities", null);
        JsonNode agenda = secretariat.get(meeting).json().get("agenda");
        assertThat(agenda.findValuesAsText("heading")).as("reports first, matters last")
                .containsSubsequence("Reports for information", "Items for discussion");
        assertThat(secretariat.delete(meeting + "/agenda/items/" + matter).code()).isEqualTo(200);
        assertThat(secretariat.delete(meeting + "/agenda/items/" + matter).code()).isEqualTo(404);
        assertThat(secretariat.get(meeting).json().get("agenda").findValuesAsText("title"))
                .contains("Activity report of RILO A/P").doesNotContain("Regional priorities");

        circulateAndOpen(meeting);
        HttpApi.Response fixed = secretariat.post(meeting + "/agenda/items", item("DECISION", "Late matter", null));
        assertThat(fixed.code()).isEqualTo(409);
        assertThat(secretariat.delete(meeting + "/agenda/items/" + report).code()).isEqualTo(409);

        String written = "/api/meetings/" + secretariat.post("/api/meetings", meeting("WRITTEN_PROCEDURE",
                today.plusDays(5), today.plusDays(5))).json().get("id").asText();
        HttpApi.Response notWritten = secretariat.post(written + "/agenda/items", item("REPORT", "Report", "VCO"));
        assertThat(notWritten.code()).isEqualTo(409);
        assertThat(notWritten.json().get("detail").asText()).contains("written procedure");
        assertThat(chair.post(meeting + "/agenda/items/" + report + "/conclusion", Map.of("conclusion", "NOTED"))
                .code()).isEqualTo(200);
        assertThat(chair.post(meeting + "/close").code()).isEqualTo(200);
    }

    @Test
    void theChairConcludesAnItemWithItsActionItemsAllOrNone() {
        String meeting = convene("HYBRID", today.minusDays(1), today);
        Long matter = addItem(meeting, "DISCUSSION", "Transition of RILO A/P " + UUID.randomUUID(), "VCO");
        circulateAndOpen(meeting);
        String conclusion = meeting + "/agenda/items/" + matter + "/conclusion";

        assertThat(member.post(conclusion, Map.of("conclusion", "DISCUSSED")).code()).isEqualTo(403);
        assertThat(fields(chair.post(conclusion, Map.of("conclusion", "NOTED")))).containsExactly("conclusion");
        HttpApi.Response notADay = chair.post(conclusion, Map.of("conclusion", "DISCUSSED", "decidedOn",
                today.plusDays(1).toString()));
        assertThat(fields(notADay)).containsExactly("decidedOn");
        HttpApi.Response unknownOwner = chair.post(conclusion, Map.of("conclusion", "DISCUSSED", "actions", List.of(
                action("Working group", "VCO", today.plusMonths(6)), action("Study", "NOBODY", today.plusMonths(6)))));
        assertThat(fields(unknownOwner)).containsExactly("actions[1].owner");
        HttpApi.Response pastDue = chair.post(conclusion, Map.of("conclusion", "DISCUSSED", "actions", List.of(
                action("Working group", "VCO", today.minusDays(3)))));
        assertThat(fields(pastDue)).containsExactly("actions[0].dueOn");
        HttpApi.Response tooLong = chair.post(conclusion, Map.of("conclusion", "DISCUSSED", "actions", List.of(
                action("x".repeat(501), "VCO", today.plusMonths(6)))));
        assertThat(fields(tooLong)).containsExactly("actions[0].description");
        assertThat(itemState(meeting, matter)).as("nothing half-saved").isEqualTo("PENDING");
        assertThat(openDescriptions()).noneMatch(description -> description.startsWith("Working group"));

        HttpApi.Response concluded = chair.post(conclusion, Map.of("conclusion", "DISCUSSED", "decidedOn",
                today.minusDays(1).toString(), "note", "Members support a working group.", "actions", List.of(
                        action("Working group " + matter, "VCO", today.plusMonths(6)))));
        assertThat(concluded.code()).as(concluded.body()).isEqualTo(200);
        JsonNode item = item(concluded.json(), matter);
        assertThat(item.get("conclusion").asText()).isEqualTo("DISCUSSED");
        assertThat(item.get("decidedOn").asText()).isEqualTo(today.minusDays(1).toString());
        assertThat(item.get("chairNote").asText()).isEqualTo("Members support a working group.");
        assertThat(chair.post(conclusion, Map.of("conclusion", "DISCUSSED")).code()).as("already concluded")
                .isEqualTo(409);
        assertThat(openDescriptions()).contains("Working group " + matter);

        assertThat(chair.post(meeting + "/close").code()).isEqualTo(200);
        closeEveryOpenActionItem();
    }

    @Test
    void anActionItemsOwnerIsRemindedBeforeItIsDueAndItComesBackUntilAMeetingClosesIt() {
        String agreeing = convene("VIRTUAL", today, today);
        Long matter = addItem(agreeing, "DECISION", "A regional survey", null);
        circulateAndOpen(agreeing);
        String survey = "Survey of capacity building needs " + UUID.randomUUID();
        String study = "Study of e-commerce practices " + UUID.randomUUID();
        HttpApi.Response agreed = chair.post(agreeing + "/agenda/items/" + matter + "/conclusion", Map.of(
                "conclusion", "AGREED", "actions", List.of(action(survey, "ROCB-AP", today.plusDays(60)),
                        action(study, "IDN", today.plusDays(90)))));
        assertThat(agreed.code()).as(agreed.body()).isEqualTo(200);
        assertThat(chair.post(agreeing + "/close").code()).isEqualTo(200);

        // Each reminder is due 14 days before its item, at 9:00 where the meeting was: ROCB A/P has no address, so
        // the secretariat is told; Indonesia's contact points are told of Indonesia's item.
        String surveyId = actionItemId(survey);
        String studyId = actionItemId(study);
        for (Map.Entry<String, LocalDate> due : Map.of(surveyId, today.plusDays(60), studyId, today.plusDays(90))
                .entrySet()) {
            Job reminder = reminderOf(due.getKey());
            assertThat(reminder.getDuedate().toInstant()).isEqualTo(due.getValue().minusDays(14).atTime(9, 0)
                    .atZone(ZoneId.of("Asia/Jakarta")).toInstant());
            management.executeJob(reminder.getId());
        }
        JsonNode outbox = ApiSteps.notifications(secretariat, "kind=ACTION_ITEM_DUE");
        assertThat(recipientsOf(outbox, survey)).containsExactly("secretariat", "officer");
        assertThat(recipientsOf(outbox, study)).containsExactly("cp-idn");

        // The next meeting follows both up: one is kept open and comes back again, the other closes.
        String next = convene("VIRTUAL", today.plusDays(10), today.plusDays(10));
        circulateAndOpen(next);
        concludeFollowUp(next, survey, "ACTION_KEPT_OPEN");
        concludeFollowUp(next, study, "ACTION_CLOSED");
        assertThat(chair.post(next + "/close").code()).isEqualTo(200);
        assertThat(openDescriptions()).contains(survey).doesNotContain(study);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ActionItemProcess.KEY)
                .processInstanceBusinessKey(studyId).count()).as("its process ended").isZero();

        String third = convene("VIRTUAL", today.plusDays(20), today.plusDays(20));
        List<String> followedUp = secretariat.get(third).json().get("agenda").findValuesAsText("title");
        assertThat(followedUp).contains(survey).doesNotContain(study);
        circulateAndOpen(third);
        concludeFollowUp(third, survey, "ACTION_CLOSED");
        assertThat(chair.post(third + "/close").code()).isEqualTo(200);
        assertThat(openDescriptions()).doesNotContain(survey);
        assertThat(new String(member.getAs(third + "/record", "text/html").body().getBytes(StandardCharsets.ISO_8859_1),
                StandardCharsets.UTF_8))
                .contains("Follow-up of action items", survey + "\u201d (ROCB A/P, due");
    }

    private void closeEveryOpenActionItem() {
        if (openDescriptions().isEmpty()) {
            return;
        }
        String closing = convene("VIRTUAL", today.plusDays(40), today.plusDays(40));
        circulateAndOpen(closing);
        for (JsonNode item : items(secretariat.get(closing).json())) {
            if (item.get("kind").asText().equals("FOLLOW_UP")) {
                assertThat(chair.post(closing + "/agenda/items/" + item.get("id").asLong() + "/conclusion",
                        Map.of("conclusion", "ACTION_CLOSED")).code()).isEqualTo(200);
            }
        }
        assertThat(chair.post(closing + "/close").code()).isEqualTo(200);
    }

    private void concludeFollowUp(String meeting, String description, String conclusion) {
        JsonNode followUp = items(secretariat.get(meeting).json()).stream()
                .filter(item -> item.get("title").asText().equals(description)).findFirst().orElseThrow();
        assertThat(followUp.get("kind").asText()).isEqualTo("FOLLOW_UP");
        HttpApi.Response done = chair.post(meeting + "/agenda/items/" + followUp.get("id").asLong() + "/conclusion",
                Map.of("conclusion", conclusion));
        assertThat(done.code()).as(done.body()).isEqualTo(200);
    }

    private Job reminderOf(String actionItemId) {
        return management.createJobQuery().processInstanceId(runtime.createProcessInstanceQuery()
                .processDefinitionKey(ActionItemProcess.KEY).processInstanceBusinessKey(actionItemId)
                .singleResult().getId()).singleResult();
    }

    private String actionItemId(String description) {
        return ApiSteps.everyItem(secretariat, "/api/meetings/action-items").stream()
                .filter(item -> item.get("description").asText().equals(description)).findFirst().orElseThrow()
                .get("id").asText();
    }

    private static List<String> recipientsOf(JsonNode outbox, String description) {
        return StreamSupport.stream(outbox.spliterator(), false)
                .filter(n -> n.get("kind").asText().equals("ACTION_ITEM_DUE")
                        && n.get("subject").asText().contains(description))
                .map(n -> n.get("recipientUser").asText()).sorted((a, b) -> b.compareTo(a)).toList();
    }

    private List<String> openDescriptions() {
        return ApiSteps.everyItem(secretariat, "/api/meetings/action-items").stream()
                .map(item -> item.get("description").asText()).toList();
    }

    private String itemState(String meeting, Long itemId) {
        return item(secretariat.get(meeting).json(), itemId).get("state").asText();
    }

    private static JsonNode item(JsonNode meeting, Long itemId) {
        return items(meeting).stream().filter(item -> item.get("id").asLong() == itemId).findFirst().orElseThrow();
    }

    private static List<JsonNode> items(JsonNode meeting) {
        return StreamSupport.stream(meeting.get("agenda").spliterator(), false)
                .flatMap(heading -> StreamSupport.stream(heading.get("items").spliterator(), false)).toList();
    }

    private String convene(String mode, LocalDate from, LocalDate to) {
        HttpApi.Response convened = secretariat.post("/api/meetings", meeting(mode, from, to));
        assertThat(convened.code()).as(convened.body()).isEqualTo(201);
        return "/api/meetings/" + convened.json().get("id").asText();
    }

    private Map<String, Object> meeting(String mode, LocalDate from, LocalDate to) {
        Map<String, Object> meeting = new HashMap<>(Map.of("type", "CONTACT_POINTS_MEETING", "number", 40,
                "startDate", from.toString(), "endDate", to.toString(), "timeZone", "Asia/Jakarta", "hostMember",
                "IDN", "chair", "chair", "mode", mode, "venue", "Jakarta"));
        if (mode.equals("WRITTEN_PROCEDURE")) {
            meeting.put("objectionDeadline", from.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toString());
        }
        return meeting;
    }

    private Long addItem(String meeting, String kind, String title, String presenter) {
        HttpApi.Response added = secretariat.post(meeting + "/agenda/items", item(kind, title, presenter));
        assertThat(added.code()).as(added.body()).isEqualTo(201);
        return items(added.json()).stream().filter(i -> i.get("title").asText().equals(title)).findFirst()
                .orElseThrow().get("id").asLong();
    }

    /** The agenda takes no proposals here: those waiting belong to other tests. */
    private void circulateAndOpen(String meeting) {
        assertThat(secretariat.put(meeting + "/agenda", Map.of("references", List.of())).code()).isEqualTo(200);
        assertThat(secretariat.post(meeting + "/circulate").code()).isEqualTo(200);
        assertThat(secretariat.post(meeting + "/open").code()).isEqualTo(200);
    }

    private static Map<String, Object> item(String kind, String title, String presenter) {
        Map<String, Object> item = new HashMap<>(Map.of("kind", kind, "title", title));
        if (presenter != null) {
            item.put("presenter", presenter);
        }
        return item;
    }

    private static Map<String, Object> action(String description, String owner, LocalDate dueOn) {
        return Map.of("description", description, "owner", owner, "dueOn", dueOn.toString());
    }

    private static List<String> fields(HttpApi.Response response) {
        assertThat(response.code()).as(response.body()).isEqualTo(400);
        return response.json().get("errors").findValuesAsText("field");
    }
}
