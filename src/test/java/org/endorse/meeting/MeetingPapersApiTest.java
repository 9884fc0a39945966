package org.endorse.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.IdentityService;
import org.endorse.ApiSteps;
import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.endorse.TestFiles;
import org.endorse.TestUsers;
import org.endorse.nomination.NominationFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A meeting's papers as the secretariat and the members meet them: added to the meeting and under its agenda
 * items in English and French, hidden from members until circulated, numbered in agenda order when circulated and
 * listed with their symbols in the mail, a later paper numbered next, a revision after circulation announced, and
 * a meeting convened again with its number continuing its predecessor's numbering.
 */
@EndorseTest
class MeetingPapersApiTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;
    @Autowired
    NominationFixtures nominations;
    @Autowired
    JdbcTemplate jdbc;

    HttpApi secretariat;
    HttpApi member;
    HttpApi otherMember;
    HttpApi admin;

    @BeforeEach
    void setUp() {
        TestUsers.ensure(identity, "au-member", "member", "member-AUS");
        secretariat = HttpApi.as(port, "secretariat");
        member = HttpApi.as(port, "member");
        otherMember = HttpApi.as(port, "au-member");
        admin = HttpApi.as(port, "admin");
    }

    @Test
    void papersAreHiddenUntilCirculatedThenNumberedInAgendaOrderAndListedInTheMail() {
        String reference = nominations.waitingForReview("JPN", "papers of meeting 61");
        String meeting = convene(61);
        assertThat(secretariat.put(meeting + "/agenda", Map.of("references", List.of(reference))).code())
                .isEqualTo(200);
        long item = secretariat.get(meeting).json().get("agenda").findValues("items").get(0).get(0).get("id").asLong();
        long report = add(meeting + "/agenda/items/" + item + "/documents", "Report of the RILO A/P", "REPORT");
        long agenda = add(meeting + "/documents", "Provisional agenda", "WORKING_DOCUMENT");
        HttpApi.Response french = secretariat.upload("/api/documents/" + agenda + "/files", Map.of("language", "fr"),
                "ordre-du-jour.pdf", TestFiles.pdf("Ordre du jour provisoire"));
        assertThat(french.code()).as(french.body()).isEqualTo(200);

        assertThat(otherMember.get(meeting + "/documents").code()).isEqualTo(404);
        assertThat(otherMember.get("/api/documents/" + agenda).code()).isEqualTo(404);
        assertThat(otherMember.get("/api/proposals/" + reference).code()).isEqualTo(404);
        assertThat(secretariat.get("/api/documents/" + agenda).json().get("symbol")).isNull();

        assertThat(secretariat.post(meeting + "/circulate").code()).isEqualTo(200);

        assertThat(otherMember.get("/api/documents/" + agenda).json().get("symbol").asText()).isEqualTo("RCPM/61/Doc.1");
        assertThat(otherMember.get("/api/documents/" + report).json().get("symbol").asText()).isEqualTo("RCPM/61/Doc.2");
        assertThat(otherMember.get(meeting + "/agenda/items/" + item + "/documents").json()).hasSize(1);
        assertThat(otherMember.download("/api/documents/" + agenda + "/files/fr").code()).isEqualTo(200);
        // The nomination is in the circulated papers: every member administration may read it now.
        assertThat(otherMember.get("/api/proposals/" + reference).code()).isEqualTo(200);

        List<String> mails = jdbc.queryForList("select text_body from notification where kind = 'PAPERS_CIRCULATED'"
                + " and subject like '%61st%'", String.class);
        assertThat(mails).isNotEmpty().allSatisfy(mail -> assertThat(mail).contains(
                "RCPM/61/Doc.1 – Provisional agenda (English, French): http://localhost:8080/meetings/",
                "RCPM/61/Doc.2 – Report of the RILO A/P (English)"));

        long late = add(meeting + "/documents", "Presentation of the WCO Secretariat", "PRESENTATION");
        assertThat(secretariat.get("/api/documents/" + late).json().get("symbol").asText()).isEqualTo("RCPM/61/Doc.3");
    }

    @Test
    void aPaperRevisedAfterCirculationIsAnnouncedToEveryMemberWithItsRevisedSymbol() {
        String meeting = convene(62);
        long paper = add(meeting + "/documents", "Regional strategic plan", "WORKING_DOCUMENT");
        assertThat(secretariat.post(meeting + "/circulate").code()).isEqualTo(200);

        HttpApi.Response revised = secretariat.upload("/api/documents/" + paper + "/revisions", Map.of("language", "en"),
                "plan-rev1.pdf", TestFiles.pdf("Plan, revised"));

        assertThat(revised.code()).as(revised.body()).isEqualTo(200);
        assertThat(ApiSteps.mailSubjects(admin, "RCPM/62/Doc.1 Rev.1"))
                .isNotEmpty().allMatch(subject -> subject.equals("Revised: RCPM/62/Doc.1 Rev.1 – Regional strategic plan"));
    }

    @Test
    void aMeetingConvenedAgainWithItsNumberContinuesItsPredecessorsNumbering() {
        String postponed = convene(63);
        add(postponed + "/documents", "Provisional agenda", "WORKING_DOCUMENT");
        assertThat(secretariat.post(postponed + "/circulate").code()).isEqualTo(200);
        assertThat(secretariat.post(postponed + "/postpone", Map.of("reason", "Typhoon")).code()).isEqualTo(200);

        String again = convene(63);
        long paper = add(again + "/documents", "Provisional agenda (revised dates)", "WORKING_DOCUMENT");
        assertThat(secretariat.post(again + "/circulate").code()).isEqualTo(200);

        assertThat(secretariat.get("/api/documents/" + paper).json().get("symbol").asText()).isEqualTo("RCPM/63/Doc.2");
    }

    @Test
    void theRecordNamesThePapersUnderEachItemAndIsKeptAsClosedAmongTheMeetingsDocuments() throws Exception {
        String meeting = convene(65, java.time.LocalDate.now().minusDays(1));
        HttpApi.Response report = secretariat.post(meeting + "/agenda/items", Map.of("kind", "REPORT",
                "title", "Report of the ROCB A/P", "presenter", "ROCB-AP"));
        assertThat(report.code()).as(report.body()).isEqualTo(201);
        long item = secretariat.get(meeting).json().get("agenda").findValues("items").get(0).get(0).get("id").asLong();
        add(meeting + "/agenda/items/" + item + "/documents", "Annual report of the ROCB A/P", "REPORT");
        assertThat(secretariat.post(meeting + "/circulate").code()).isEqualTo(200);
        assertThat(secretariat.post(meeting + "/open").code()).isEqualTo(200);
        HttpApi chair = HttpApi.as(port, "chair");
        assertThat(chair.post(meeting + "/agenda/items/" + item + "/conclusion", Map.of("conclusion", "NOTED")).code())
                .isEqualTo(200);
        assertThat(chair.post(meeting + "/close").code()).isEqualTo(200);

        assertThat(member.getAs(meeting + "/record", "text/html").body()).contains("Papers: RCPM/65/Doc.1");
        JsonNode record = StreamSupport.stream(member.get(meeting + "/documents").json().spliterator(), false)
                .filter(document -> document.get("kind").asText().equals("RECORD_OF_DECISIONS")).findFirst()
                .orElseThrow();
        JsonNode file = record.get("files").get(0);
        assertThat(file.get("state").asText()).isEqualTo("GENERATED");
        assertThat(file.get("type").asText()).isEqualTo("application/pdf");
        byte[] kept = member.download(file.get("download").asText()).body();
        assertThat(new String(kept, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(kept)))
                .isEqualTo(file.get("sha256").asText());
    }

    @Test
    void onlyTheSecretariatAddsPapersAndNoneOnceTheMeetingIsOver() {
        String meeting = convene(64);
        HttpApi.Response byAMember = member.upload(meeting + "/documents", Map.of("title", "Mine", "kind", "REPORT",
                "language", "en"), "mine.pdf", TestFiles.pdf("Mine"));
        assertThat(byAMember.code()).isIn(403, 404);
        assertThat(secretariat.post(meeting + "/cancel", Map.of("reason", "No quorum")).code()).isEqualTo(200);

        HttpApi.Response late = secretariat.upload(meeting + "/documents", Map.of("title", "Late", "kind", "REPORT",
                "language", "en"), "late.pdf", TestFiles.pdf("Late"));

        assertThat(late.code()).isEqualTo(409);
        assertThat(late.json().get("detail").asText()).contains("is over");
    }

    private long add(String path, String title, String kind) {
        HttpApi.Response added = secretariat.upload(path, Map.of("title", title, "kind", kind, "language", "en"),
                title.toLowerCase().replaceAll("[^a-z0-9]+", "-") + ".pdf", TestFiles.pdf(title));
        assertThat(added.code()).as(added.body()).isEqualTo(201);
        return added.json().get("id").asLong();
    }

    private String convene(int number) {
        return convene(number, java.time.LocalDate.of(2027, 9, 14));
    }

    /** A two-day contact points meeting from the given day. */
    private String convene(int number, java.time.LocalDate from) {
        Map<String, Object> meeting = new HashMap<>(Map.of("type", "CONTACT_POINTS_MEETING", "number", number,
                "startDate", from.toString(), "endDate", from.plusDays(1).toString(), "timeZone", "Asia/Manila",
                "hostMember", "IDN", "chair", "chair", "mode", "IN_PERSON"));
        HttpApi.Response convened = secretariat.post("/api/meetings", meeting);
        assertThat(convened.code()).as(convened.body()).isEqualTo(201);
        return "/api/meetings/" + convened.json().get("id").asText();
    }
}
