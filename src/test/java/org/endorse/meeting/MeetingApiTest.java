package org.endorse.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.IdentityService;
import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.endorse.TestUsers;
import org.endorse.nomination.NominationFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The meeting API over HTTP: who may do what, when, and the record and calendar downloads. */
@EndorseTest
class MeetingApiTest {

    @LocalServerPort
    int port;

    @Autowired
    NominationFixtures nominations;

    @Autowired
    IdentityService identity;

    HttpApi secretariat;
    HttpApi chair;
    HttpApi member;
    String seat;

    @BeforeEach
    void setUp() {
        secretariat = HttpApi.as(port, "secretariat");
        chair = HttpApi.as(port, "chair");
        member = HttpApi.as(port, "member");
        seat = "Permanent Technical Committee " + UUID.randomUUID();
    }

    @Test
    void onlyTheSecretariatConvenesAndBadFieldsAreNamed() {
        assertThat(member.post("/api/meetings", meeting("CONTACT_POINTS_MEETING", "IN_PERSON")).code()).isEqualTo(403);

        HttpApi.Response empty = secretariat.post("/api/meetings", Map.of("type", "SUMMIT"));
        assertThat(empty.code()).isEqualTo(400);
        assertThat(empty.json().get("errors").findValuesAsText("field")).containsExactly("type");

        Map<String, Object> badZone = meeting("CONTACT_POINTS_MEETING", "IN_PERSON");
        badZone.put("timeZone", "Jakarta");
        assertThat(fields(secretariat.post("/api/meetings", badZone))).containsExactly("timeZone");

        Map<String, Object> notAChair = meeting("CONTACT_POINTS_MEETING", "IN_PERSON");
        notAChair.put("chair", "member");
        assertThat(fields(secretariat.post("/api/meetings", notAChair))).containsExactly("chair");

        Map<String, Object> noDeadline = meeting("CONTACT_POINTS_MEETING", "WRITTEN_PROCEDURE");
        assertThat(fields(secretariat.post("/api/meetings", noDeadline))).containsExactly("objectionDeadline");
    }

    @Test
    void chairRunsAMeetingWhoseDecisionsConflictsAndRightsAreEnforced() {
        String indonesia = nominations.waitingForReview("IDN", seat);
        String japan = nominations.waitingForReview("JPN", seat);
        String path = convene("CONTACT_POINTS_MEETING", "IN_PERSON");

        HttpApi.Response wrongStage = secretariat.put(path + "/agenda",
                Map.of("references", List.of(indonesia, nominations.submitted("CHN", seat))));
        assertThat(fields(wrongStage)).containsExactly("references[1]");
        JsonNode agenda = secretariat.put(path + "/agenda", Map.of("references", List.of(indonesia, japan))).json();
        assertThat(agenda.get("agenda")).as("competing nominations under one heading").hasSize(1);
        assertThat(agenda.get("agenda").get(0).get("items").findValuesAsText("reference"))
                .containsExactly(indonesia, japan);
        assertThat(member.get(path).json().has("agenda")).as("members see the agenda once circulated").isFalse();

        assertThat(member.post(path + "/circulate").code()).isEqualTo(403);
        assertThat(secretariat.post(path + "/circulate").code()).isEqualTo(200);
        assertThat(member.get(path).json().get("agenda")).hasSize(1);
        assertThat(secretariat.put(path + "/agenda", Map.of("references", List.of(japan))).code()).isEqualTo(409);
        assertThat(chair.post(path + "/decisions", decisions(indonesia, "RECOMMENDED")).code())
                .as("not open yet").isEqualTo(409);
        assertThat(chair.post(path + "/open").code()).isEqualTo(200);
        assertThat(chair.put(path + "/attendance", Map.of("members", List.of("IDN", "JPN", "XYZ"))).code())
                .isEqualTo(400);
        assertThat(chair.put(path + "/attendance", Map.of("members", List.of("IDN", "JPN"))).code()).isEqualTo(200);

        assertThat(secretariat.post(path + "/decisions", decisions(indonesia, "RECOMMENDED")).code()).isEqualTo(403);
        HttpApi.Response endorsing = chair.post(path + "/decisions", decisions(indonesia, "ENDORSED"));
        assertThat(fields(endorsing)).containsExactly("decisions[0].decision");
        assertThat(chair.post(path + "/decisions", Map.of("decisions", List.of(Map.of("reference", indonesia,
                "decision", "MAYBE")))).code()).isEqualTo(400);

        assertThat(chair.post(path + "/decisions", decisions(indonesia, "RECOMMENDED")).code()).isEqualTo(200);
        assertThat(chair.post(path + "/decisions", decisions(indonesia, "RECOMMENDED")).code())
                .as("the same decision again is harmless").isEqualTo(200);
        HttpApi.Response conflicting = chair.post(path + "/decisions", decisions(indonesia, "DEFERRED"));
        assertThat(conflicting.code()).isEqualTo(409);
        assertThat(conflicting.json().get("detail").asText()).contains("already decided RECOMMENDED");
        assertThat(member.get("/api/proposals/" + indonesia).json().get("status").asText())
                .isEqualTo("AWAITING_ENDORSEMENT");

        assertThat(chair.post(path + "/close").code()).isEqualTo(200);
        assertThat(chair.post(path + "/decisions", decisions(japan, "RECOMMENDED")).code()).isEqualTo(409);
        assertThat(chair.put(path + "/attendance", Map.of("members", List.of("IDN"))).code()).isEqualTo(409);

        HttpApi.Response record = member.getAs(path + "/record", "text/html");
        assertThat(record.code()).isEqualTo(200);
        assertThat(record.headers().getContentType().toString()).startsWith("text/html");
        assertThat(record.body()).contains("The Meeting recommended", indonesia, japan, "not taken up",
                "Indonesia, Japan (2 member administrations)");
        HttpApi.Response pdf = member.getAs(path + "/record.pdf", "application/pdf");
        assertThat(pdf.code()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF-");
    }

    @Test
    void aMeetingClosesWithItsRecordEvenIfATitleHoldsACharacterXmlForbids() {
        // Stored before such characters were refused: the record prints it as U+FFFD rather than fail the closing.
        String reference = nominations.waitingForReview("IDN", "Audit\u0001Committee " + UUID.randomUUID());
        String path = convene("CONTACT_POINTS_MEETING", "VIRTUAL");
        assertThat(secretariat.put(path + "/agenda", Map.of("references", List.of(reference))).code()).isEqualTo(200);
        assertThat(secretariat.post(path + "/circulate").code()).isEqualTo(200);
        assertThat(chair.post(path + "/open").code()).isEqualTo(200);
        assertThat(chair.post(path + "/decisions", decisions(reference, "RECOMMENDED")).code()).isEqualTo(200);

        HttpApi.Response closed = chair.post(path + "/close");
        assertThat(closed.code()).as(closed.body()).isEqualTo(200);
        assertThat(member.get(path).json().get("status").asText()).isEqualTo("CLOSED");
        HttpApi.Response record = member.getAs(path + "/record", "text/html");
        assertThat(record.code()).isEqualTo(200);
        assertThat(record.body()).contains(reference).doesNotContain("\u0001");
        assertThat(member.getAs(path + "/record.pdf", "application/pdf").body()).startsWith("%PDF-");
    }

    @Test
    void recordIsOnlyThereOnceTheMeetingIsClosed() {
        String path = convene("HEADS_OF_CUSTOMS_CONFERENCE", "VIRTUAL");
        HttpApi.Response record = member.getAs(path + "/record", "text/html");
        assertThat(record.code()).isEqualTo(404);
        assertThat(member.get("/api/meetings/999999").code()).isEqualTo(404);
    }

    @Test
    void meetingsDownloadAsCalendarEventsAndAsAFeed() {
        String path = convene("HEADS_OF_CUSTOMS_CONFERENCE", "IN_PERSON");
        HttpApi.Response ics = member.getAs(path + "/calendar.ics", "text/calendar");
        assertThat(ics.code()).isEqualTo(200);
        assertThat(ics.headers().getContentType().toString()).startsWith("text/calendar");
        assertThat(ics.body()).contains("BEGIN:VCALENDAR", "BEGIN:VEVENT", "SUMMARY:7th Regional Heads of Customs",
                "DTSTART;VALUE=DATE:20280315", "DTEND;VALUE=DATE:20280317", "LOCATION:Tokyo");

        HttpApi.Response feed = member.getAs("/api/meetings/calendar.ics", "text/calendar");
        assertThat(feed.body()).contains("UID:meeting-" + path.substring(path.lastIndexOf('/') + 1) + "@endorse");
    }

    /** Contact points as README sets them up: groups contactpoint and contactpoint-XXX, no member group. */
    @Test
    void aContactPointObjectsOnceForEachMemberAdministrationItSpeaksFor() {
        TestUsers.ensure(identity, "cp-idn-deputy", "contactpoint", "contactpoint-IDN");
        TestUsers.ensure(identity, "cp-idn-jpn", "contactpoint", "contactpoint-IDN", "contactpoint-JPN");
        String indonesia = nominations.waitingForReview("IDN", seat);
        Map<String, Object> written = meeting("CONTACT_POINTS_MEETING", "WRITTEN_PROCEDURE");
        written.put("objectionDeadline", Instant.now().plus(Duration.ofDays(10)).toString());
        HttpApi.Response convened = secretariat.post("/api/meetings", written);
        assertThat(convened.code()).as(convened.body()).isEqualTo(201);
        String path = "/api/meetings/" + convened.json().get("id").asText();
        assertThat(secretariat.put(path + "/agenda", Map.of("references", List.of(indonesia))).code()).isEqualTo(200);
        assertThat(secretariat.post(path + "/circulate").code()).isEqualTo(200);
        Map<String, Object> objection = Map.of("reference", indonesia, "reason", "The term overlaps the holder's");

        HttpApi.Response first = HttpApi.as(port, "cp-idn-deputy").post(path + "/objections", objection);
        assertThat(first.code()).as(first.body()).isEqualTo(200);

        HttpApi.Response again = HttpApi.as(port, "cp-idn").post(path + "/objections", objection);
        assertThat(again.code()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains("Indonesia has already objected", "cp-idn-deputy");
        HttpApi severalMembers = HttpApi.as(port, "cp-idn-jpn");
        assertThat(fields(severalMembers.post(path + "/objections", objection))).containsExactly("member");
        Map<String, Object> forJapan = new java.util.HashMap<>(objection);
        forJapan.put("member", "JPN");
        assertThat(severalMembers.post(path + "/objections", forJapan).code()).isEqualTo(200);

        assertThat(secretariat.get(path).json().get("agenda").get(0).get("items").get(0).get("objections")
                .findValuesAsText("member")).containsExactlyInAnyOrder("IDN", "JPN");
    }

    /**
     * 516 items added one at a time were once accepted, and circulating the papers then failed every time as if
     * another request had done it at the same moment. An agenda takes at most 200 items by every way in, and one
     * that full is circulated.
     */
    @Test
    void anAgendaTakesAtMost200ItemsByEveryWayInAndAFullOneIsCirculated() {
        String path = convene("HEADS_OF_CUSTOMS_CONFERENCE", "IN_PERSON");
        assertThat(secretariat.put(path + "/agenda", Map.of("references", List.of())).code()).isEqualTo(200);
        int items = secretariat.get(path).json().get("agenda").findValues("items").stream().mapToInt(JsonNode::size)
                .sum();
        String longTitle = "Matter for discussion with a title as long as an item's title may be, ".repeat(3)
                .substring(0, 200);
        for (int i = items; i < 200; i++) {
            HttpApi.Response added = secretariat.post(path + "/agenda/items", Map.of("kind", "DISCUSSION",
                    "title", longTitle));
            assertThat(added.code()).as(added.body()).isEqualTo(201);
        }

        HttpApi.Response oneMore = secretariat.post(path + "/agenda/items", Map.of("kind", "DISCUSSION",
                "title", "One more"));
        assertThat(oneMore.code()).isEqualTo(409);
        assertThat(oneMore.json().get("detail").asText()).contains("already holds 200 items");
        HttpApi.Response aProposalToo = secretariat.put(path + "/agenda", Map.of("references",
                List.of(nominations.waitingForEndorsement("IDN", seat))));
        assertThat(fields(aProposalToo)).containsExactly("references");
        assertThat(aProposalToo.body()).contains("at most 200 items, so 0 proposals");

        HttpApi.Response circulated = secretariat.post(path + "/circulate");
        assertThat(circulated.code()).as(circulated.body()).isEqualTo(200);
        assertThat(member.get(path).json().get("agenda").findValues("items").stream().mapToInt(JsonNode::size)
                .sum()).isEqualTo(200);
    }

    private String convene(String type, String mode) {
        HttpApi.Response convened = secretariat.post("/api/meetings", meeting(type, mode));
        assertThat(convened.code()).as(convened.body()).isEqualTo(201);
        assertThat(convened.headers().getLocation()).isNotNull();
        return "/api/meetings/" + convened.json().get("id").asText();
    }

    private static Map<String, Object> meeting(String type, String mode) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("type", type, "number", 7, "startDate", "2028-03-15",
                "endDate", "2028-03-16", "timeZone", "Asia/Tokyo", "hostMember", "JPN", "venue", "Tokyo", "chair", "chair",
                "mode", mode));
        return body;
    }

    private static Map<String, Object> decisions(String reference, String decision) {
        return Map.of("decisions", List.of(Map.of("reference", reference, "decision", decision)));
    }

    private static List<String> fields(HttpApi.Response response) {
        assertThat(response.code()).as(response.body()).isEqualTo(400);
        return response.json().get("errors").findValuesAsText("field");
    }
}
