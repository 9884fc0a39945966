package org.endorse.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.endorse.ApiSteps.completeTask;
import static org.endorse.ApiSteps.conveneJointSession;
import static org.endorse.ApiSteps.statusOf;
import static org.endorse.ApiSteps.taskOf;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.endorse.ApiSteps;
import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.endorse.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Terms of Reference over HTTP as its users take it: version 1, a round with comments, version 2 and its
 * difference, a clean round, a joint session, and the register. Only the circulation deadline is driven by
 * the test, which moves the engine's clock and fires the timer as the job executor would.
 */
@EndorseTest
class TermsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ManagementService management;
    @Autowired
    IdentityService identity;
    @Autowired
    RuntimeService runtime;

    HttpApi member;
    HttpApi secretariat;
    HttpApi chair;
    HttpApi contactPointIndonesia;
    HttpApi contactPointJapan;
    String body;

    @BeforeEach
    void setUp() {
        member = HttpApi.as(port, "member");
        secretariat = HttpApi.as(port, "secretariat");
        chair = HttpApi.as(port, "chair");
        contactPointIndonesia = HttpApi.as(port, "cp-idn");
        contactPointJapan = HttpApi.as(port, "cp-jpn");
        body = "Regional Private Sector Group " + UUID.randomUUID();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void torGoesFromVersionOneThroughARevisionToTheRegister() {
        HttpApi.Response drafted = member.post("/api/terms", terms("IDN", "1. The Group meets once a year.\n"));
        assertThat(drafted.code()).as(drafted.body()).isEqualTo(201);
        String reference = drafted.json().get("reference").asText();
        assertThat(reference).startsWith("TOR-");
        assertThat(member.post("/api/proposals/" + reference + "/submit").code()).isEqualTo(200);
        completeTask(secretariat, reference, Map.of("decision", "COMPLETE"));
        assertThat(statusOf(member, reference)).isEqualTo("CIRCULATED");

        JsonNode task = taskOf(contactPointJapan, reference);
        assertThat(task.get("name").asText()).isEqualTo("Answer the circulated ToR");
        assertThat(task.get("howToComplete").asText()).contains("/api/terms/" + reference + "/answers");
        assertThat(contactPointJapan.post("/api/terms/" + reference + "/answers",
                Map.of("answer", "COMMENTS", "comment", "Twice a year, please")).code()).isEqualTo(204);
        HttpApi.Response again = contactPointJapan.post("/api/terms/" + reference + "/answers",
                Map.of("answer", "NO_OBJECTION"));
        assertThat(again.code()).isEqualTo(409);
        HttpApi.Response noReason = contactPointIndonesia.post("/api/terms/" + reference + "/answers",
                Map.of("answer", "OBJECTION"));
        assertThat(noReason.json().get("errors").findValuesAsText("field")).containsExactly("comment");
        assertThat(member.post("/api/terms/" + reference + "/answers", Map.of("answer", "NO_OBJECTION")).code())
                .as("member administration users do not answer for the contact point").isEqualTo(403);
        assertThat(contactPointIndonesia.post("/api/terms/" + reference + "/answers",
                Map.of("answer", "NO_OBJECTION")).code()).isEqualTo(204);

        passDeadline(reference);
        assertThat(statusOf(member, reference)).isEqualTo("IN_REVISION");
        TestUsers.ensure(identity, "member-kor", "member", "member-KOR");
        JsonNode rounds = HttpApi.as(port, "member-kor").get("/api/terms/" + reference + "/rounds").json();
        assertThat(rounds).as("every member reads the round summary").hasSize(1);
        assertThat(rounds.get(0).at("/counts/comments").asInt()).isEqualTo(1);
        assertThat(rounds.get(0).at("/counts/noObjection").asInt()).isEqualTo(1);
        assertThat(rounds.get(0).at("/counts/silent").asInt()).as("the other members of the region")
                .isEqualTo(rounds.get(0).get("answers").size() - 2);
        assertThat(rounds.get(0).get("answers").size()).isEqualTo(member.get("/api/members").json().size());

        HttpApi.Response revised = member.put("/api/terms/" + reference, terms("IDN", "1. The Group meets twice a year.\n"));
        assertThat(revised.code()).as(revised.body()).isEqualTo(200);
        assertThat(member.post("/api/proposals/" + reference + "/submit").code()).isEqualTo(200);
        assertThat(member.get("/api/terms/" + reference + "/versions").json().findValuesAsText("number"))
                .containsExactly("1", "2");
        String diff = member.getAs("/api/terms/" + reference + "/diff?from=1&to=2", "text/plain").body();
        assertThat(diff).contains("-1. The Group meets once a year.", "+1. The Group meets twice a year.");
        assertThat(member.getAs("/api/terms/" + reference + "/diff?from=1&to=7", "text/plain").code())
                .isEqualTo(404);

        passDeadline(reference);
        assertThat(statusOf(member, reference)).isEqualTo("UNDER_REVIEW");

        String meeting = conveneJointSession(secretariat, 25, LocalDate.of(2027, 4, 6), "IDN", "Asia/Jakarta");
        assertThat(secretariat.put(meeting + "/agenda", Map.of("references", List.of(reference))).code()).isEqualTo(200);
        assertThat(secretariat.post(meeting + "/circulate").code()).isEqualTo(200);
        assertThat(secretariat.post(meeting + "/open").code()).isEqualTo(200);
        HttpApi.Response decided = chair.post(meeting + "/decisions", Map.of("decisions", List.of(
                Map.of("reference", reference, "decision", "RECOMMENDED"),
                Map.of("reference", reference, "decision", "ENDORSED"))));
        assertThat(decided.code()).as(decided.body()).isEqualTo(200);
        assertThat(statusOf(member, reference)).isEqualTo("ENDORSED");

        JsonNode inForce = ApiSteps.everyItem(member, "/api/register/terms").stream()
                .filter(terms -> terms.get("governedBody").asText().equals(body)).findFirst().orElseThrow();
        assertThat(inForce.get("proposalReference").asText()).isEqualTo(reference);
        assertThat(inForce.get("versionNumber").asInt()).isEqualTo(2);
        assertThat(inForce.get("inForce").asBoolean()).isTrue();
    }

    @Test
    void badFieldsAreNamedAndDraftsStayWithTheirDrafter() {
        HttpApi.Response empty = member.post("/api/terms", Map.of("title", "ToR", "submittingMember", "IDN"));
        assertThat(empty.code()).isEqualTo(400);
        assertThat(empty.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("governedBody", "text");

        String reference = member.post("/api/terms", terms("JPN", "1. Draft.\n")).json().get("reference").asText();
        TestUsers.ensure(identity, "member-kor", "member", "member-KOR");
        HttpApi korea = HttpApi.as(port, "member-kor");
        assertThat(korea.get("/api/proposals/" + reference).code()).isEqualTo(404);
        assertThat(korea.get("/api/terms/" + reference + "/versions").code()).isEqualTo(404);
        assertThat(chair.post("/api/terms", terms("JPN", "1. Draft.\n")).code())
                .as("only member administrations and the secretariat draft ToRs").isEqualTo(403);
        assertThat(secretariat.post("/api/terms", terms("JPN", "1. Draft.\n")).code()).isEqualTo(201);
    }

    private void passDeadline(String reference) {
        String process = runtime.createProcessInstanceQuery().processDefinitionKey(TermsProcess.KEY)
                .processInstanceBusinessKey(reference).singleResult().getId();
        var deadline = management.createJobQuery().activityId(TermsProcess.TIMER_CIRCULATION_DEADLINE)
                .processInstanceId(process).singleResult();
        ClockUtil.setCurrentTime(Date.from(deadline.getDuedate().toInstant().plus(Duration.ofMinutes(1))));
        management.executeJob(deadline.getId());
        ClockUtil.reset();
    }


    private Map<String, Object> terms(String member, String text) {
        return Map.of("title", "Terms of Reference of the " + body, "submittingMember", member, "governedBody", body,
                "draftingBody", "Regional Private Sector Group", "text", text);
    }
}
