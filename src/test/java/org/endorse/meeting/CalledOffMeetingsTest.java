package org.endorse.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.endorse.ApiSteps;
import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.endorse.nomination.NominationFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Postponed and cancelled meetings over HTTP: only the secretariat calls a meeting off, with a reason, while it has
 * decided nothing; its items go back to waiting for the next meeting, everyone invited is told, and its process
 * ends (processes/regional-meeting.bpmn's "Meeting called off").
 */
@EndorseTest
class CalledOffMeetingsTest {

    @LocalServerPort
    int port;

    @Autowired
    NominationFixtures nominations;

    @Autowired
    RuntimeService runtime;

    @Autowired
    RepositoryService repository;

    HttpApi secretariat;
    HttpApi chair;
    HttpApi member;

    @BeforeEach
    void setUp() {
        secretariat = HttpApi.as(port, "secretariat");
        chair = HttpApi.as(port, "chair");
        member = HttpApi.as(port, "member");
    }

    @Test
    void aPostponedMeetingsItemsGoToTheNextMeetingAndEveryoneInvitedIsTold() {
        String reference = nominations.waitingForReview("IDN", "Enforcement Committee " + UUID.randomUUID());
        String postponed = convene(27);
        assertThat(secretariat.get(postponed).json().get("agenda").findValuesAsText("reference")).contains(reference);
        assertThat(secretariat.post(postponed + "/circulate").code()).isEqualTo(200);

        assertThat(member.post(postponed + "/postpone", Map.of("reason", "Typhoon")).code()).isEqualTo(403);
        assertThat(chair.post(postponed + "/cancel", Map.of("reason", "Typhoon")).code()).isEqualTo(403);
        HttpApi.Response noReason = secretariat.post(postponed + "/postpone", Map.of("reason", " "));
        assertThat(noReason.code()).isEqualTo(400);
        assertThat(noReason.json().get("errors").findValuesAsText("field")).containsExactly("reason");

        HttpApi.Response called = secretariat.post(postponed + "/postpone", Map.of("reason",
                "A typhoon closes the host's airports; new dates will follow"));
        assertThat(called.code()).as(called.body()).isEqualTo(200);
        assertThat(called.json().get("status").asText()).isEqualTo("POSTPONED");
        assertThat(called.json().get("calledOffReason").asText()).startsWith("A typhoon");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(MeetingProcess.KEY)
                .processInstanceBusinessKey(postponed.substring(postponed.lastIndexOf('/') + 1)).count())
                .as("its process ended").isZero();
        assertThat(ApiSteps.mailSubjects(secretariat, "Postponed: 27th Regional Contact Points Meeting")).contains("Postponed: 27th Regional Contact Points Meeting");
        assertThat(member.getAs(postponed + "/calendar.ics", "text/calendar").body()).contains("STATUS:CANCELLED");

        HttpApi.Response again = secretariat.post(postponed + "/cancel", Map.of("reason", "Still the typhoon"));
        assertThat(again.code()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains("postponed");
        assertThat(secretariat.post(postponed + "/open").code()).isEqualTo(409);

        String next = convene(28);
        assertThat(secretariat.get(next).json().get("agenda").findValuesAsText("reference"))
                .as("the item waits for the next meeting").contains(reference);
        HttpApi.Response cancelled = secretariat.post(next + "/cancel", Map.of("reason", "Merged into a joint session"));
        assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(ApiSteps.mailSubjects(secretariat, "Cancelled: 28th Regional Contact Points Meeting")).contains("Cancelled: 28th Regional Contact Points Meeting");
    }

    @Test
    void aMeetingThatHasDecidedSomethingClosesInsteadOfBeingCalledOff() {
        String reference = nominations.waitingForReview("JPN", "Capacity Building Committee " + UUID.randomUUID());
        String meeting = convene(29);
        assertThat(secretariat.put(meeting + "/agenda", Map.of("references", List.of(reference))).code())
                .isEqualTo(200);
        assertThat(secretariat.post(meeting + "/circulate").code()).isEqualTo(200);
        assertThat(secretariat.post(meeting + "/open").code()).isEqualTo(200);
        assertThat(chair.post(meeting + "/decisions", Map.of("decisions", List.of(Map.of("reference", reference,
                "decision", "RECOMMENDED")))).code()).isEqualTo(200);

        HttpApi.Response refused = secretariat.post(meeting + "/cancel", Map.of("reason", "Connection lost"));
        assertThat(refused.code()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).contains("close it instead");
        assertThat(chair.post(meeting + "/close").code()).isEqualTo(200);
    }

    /** A meeting convened before "Meeting called off" was in the model is called off all the same. */
    @Test
    void aMeetingConvenedOnTheModelWithoutCallingOffIsCalledOffAllTheSame() throws Exception {
        String meeting;
        try (InputStream version1 = getClass().getResourceAsStream("/legacy/regional-meeting-v1.bpmn.xml")) {
            repository.createDeployment().name("regional-meeting version 1")
                    .addInputStream("regional-meeting.bpmn", version1).deploy();
            meeting = convene(30);
        } finally {
            repository.createDeployment().name("regional-meeting upgraded")
                    .addClasspathResource("regional-meeting.bpmn").deploy();
        }
        String id = meeting.substring(meeting.lastIndexOf('/') + 1);
        assertThat(runtime.createExecutionQuery().processInstanceBusinessKey(id)
                .messageEventSubscriptionName(MeetingProcess.MESSAGE_MEETING_CALLED_OFF).count())
                .as("version 1 does not listen for it").isZero();

        HttpApi.Response cancelled = secretariat.post(meeting + "/cancel", Map.of("reason", "Superseded"));
        assertThat(cancelled.code()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
        assertThat(ApiSteps.mailSubjects(secretariat, "Cancelled: 30th Regional Contact Points Meeting")).contains("Cancelled: 30th Regional Contact Points Meeting");
    }

    private String convene(int number) {
        Map<String, Object> meeting = new HashMap<>(Map.of("type", "CONTACT_POINTS_MEETING", "number", number,
                "startDate", "2027-09-14", "endDate", "2027-09-15", "timeZone", "Asia/Manila", "hostMember", "IDN",
                "chair", "chair", "mode", "IN_PERSON"));
        HttpApi.Response convened = secretariat.post("/api/meetings", meeting);
        assertThat(convened.code()).as(convened.body()).isEqualTo(201);
        return "/api/meetings/" + convened.json().get("id").asText();
    }
}
