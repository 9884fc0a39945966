package org.endorse.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What holds for every field of every request, whatever its kind: no text with a character XML 1.0 forbids
 * (a record of decisions could not be printed with it), no date outside the years a person means. A refusal
 * names the field, as any other bad field is named.
 */
@EndorseTest
class RequestFieldRulesTest {

    @LocalServerPort
    int port;

    HttpApi member;
    HttpApi secretariat;
    HttpApi chair;
    HttpApi contactPoint;

    @BeforeEach
    void setUp() {
        member = HttpApi.as(port, "member");
        secretariat = HttpApi.as(port, "secretariat");
        chair = HttpApi.as(port, "chair");
        contactPoint = HttpApi.as(port, "cp-jpn");
    }

    @Test
    void aControlCharacterInAnyTextOfAnyRequestIsRefusedWithItsFieldNamed() {
        assertRefused(member.post("/api/nominations", with(nomination(), "title", "Indonesia\u0000 for the Council")),
                "title");
        assertRefused(member.post("/api/nominations", with(nomination(), "seat",
                Map.of("code", "ROCB\u0001AP"))), "seat.code");
        assertRefused(member.put("/api/nominations/NOM-2026-9999", with(nomination(), "nomineeName",
                "A.\u001bDelegate")), "nomineeName");
        assertRefused(member.post("/api/laboratories", with(laboratory(), "scope",
                List.of("Textile fibre identification", "Tariff\u000bclassification"))), "scope[1]");
        assertRefused(member.post("/api/terms", Map.of("title", "Terms of Reference", "submittingMember", "IDN",
                "governedBody", "Working Group", "text", "1. The Group meets\u0007 once a year.")), "text");
        assertRefused(secretariat.post("/api/meetings", with(meeting(), "venue", "Tokyo\u0000")), "venue");
        assertRefused(contactPoint.post("/api/terms/TOR-2026-9999/answers", Map.of("answer", "COMMENTS",
                "comment", "See\u0002 annex")), "comment");
        assertRefused(contactPoint.post("/api/meetings/999999/objections", Map.of("reference", "NOM-2026-9999",
                "reason", "Not\u0003 ready")), "reason");
        assertRefused(chair.post("/api/meetings/999999/decisions", Map.of("decisions", List.of(Map.of(
                "reference", "NOM-2026-9999", "decision", "DEFERRED", "note", "Next\u0004 time")))), "decisions[0].note");
        assertRefused(member.post("/api/proposals/NOM-2026-9999/withdraw", Map.of("reason", "Changed\uffff")),
                "reason");
        assertRefused(secretariat.post("/api/tasks/no-such-task/complete", Map.of("decision", "RETURN",
                "reason", "Incomplete\u0005")), "reason");
        assertRefused(secretariat.post("/api/laboratories/RCL-2026-9999/recognition", Map.of("outcome",
                "NOT_RECOGNISED", "decidedOn", "2027-01-10", "note", "Declined\u0006")), "note");
        assertRefused(member.put("/api/register/laboratories/RCL-2026-9999/accreditation", Map.of("body", "CNAS\u0008",
                "certificateNumber", "CNAS L0359", "validUntil", "2030-01-01")), "body");
    }

    @Test
    void theRefusalSaysWhichCharacterInTheReadersLanguageAndTabsAndLineBreaksAreFine() {
        HttpApi.Response english = member.post("/api/nominations", with(nomination(), "title", "Indonesia\u0000"));
        assertThat(english.json().at("/errors/0/message").asText()).startsWith(
                "contains an invisible control character (U+0000) that cannot be kept or printed: remove it");
        HttpApi.Response french = member.inLanguage("fr").post("/api/nominations",
                with(nomination(), "title", "Indonesia\u0000"));
        assertThat(french.json().at("/errors/0/message").asText())
                .startsWith("contient un caractère de contrôle invisible (U+0000)");

        HttpApi.Response multiLine = member.post("/api/nominations", with(nomination(), "supportingStatement",
                "Ten years of cooperation:\n\t- in enforcement,\r\n\t- in training."));
        assertThat(multiLine.code()).as(multiLine.body()).isEqualTo(201);
    }

    @Test
    void aDateOutsideTheYearsAPersonMeansIsRefusedWithItsFieldNamed() {
        assertRefused(member.post("/api/nominations", with(nomination(), "term",
                Map.of("from", "0000-07-01", "to", "2029-06-30"))), "term.from");
        assertRefused(member.post("/api/nominations", with(nomination(), "term",
                Map.of("from", "2027-07-01", "to", "+999999999-06-30"))), "term.to");
        assertRefused(member.post("/api/laboratories", with(laboratory(), "accreditation", Map.of("standard",
                "ISO/IEC 17025:2017", "body", "CNAS", "certificateNumber", "CNAS L0359", "validUntil", "2101-01-01"))),
                "accreditation.validUntil");
        assertRefused(secretariat.post("/api/meetings", with(meeting(), "startDate", "1949-12-31")), "startDate");
        Map<String, Object> written = with(meeting(), "mode", "WRITTEN_PROCEDURE");
        assertRefused(secretariat.post("/api/meetings", with(written, "objectionDeadline", "0001-01-01T00:00:00Z")),
                "objectionDeadline");
        assertRefused(secretariat.post("/api/laboratories/RCL-2026-9999/recognition", Map.of("outcome",
                "RECOGNISED", "decidedOn", "0000-01-10")), "decidedOn");
        assertRefused(member.put("/api/register/laboratories/RCL-2026-9999/accreditation", Map.of("body", "CNAS",
                "certificateNumber", "CNAS L0359", "validUntil", "9999-12-31")), "validUntil");

        HttpApi.Response refused = member.post("/api/nominations", with(nomination(), "term",
                Map.of("from", "0000-07-01", "to", "2029-06-30")));
        assertThat(refused.json().at("/errors/0/message").asText())
                .isEqualTo("must be a date between the years 1950 and 2100: check the year");
        HttpApi.Response edges = member.post("/api/nominations", with(nomination(), "term",
                Map.of("from", "1950-01-01", "to", "2100-12-31")));
        assertThat(edges.code()).as(edges.body()).isEqualTo(201);
    }

    private static void assertRefused(HttpApi.Response response, String field) {
        assertThat(response.code()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field")).as(response.body()).containsExactly(field);
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    private static Map<String, Object> nomination() {
        return Map.of("title", "Indonesia for the Audit Committee", "submittingMember", "IDN",
                "seat", Map.of("code", "ROCB-AP-HOST"),
                "term", Map.of("from", "2027-07-01", "to", "2029-06-30"), "nominatedMember", "IDN",
                "supportingStatement", "Ten years of regional cooperation.");
    }

    private static Map<String, Object> laboratory() {
        return Map.of("title", "Shanghai Customs Laboratory", "submittingMember", "CHN",
                "laboratoryName", "Shanghai Customs Technical Center Laboratory", "location", "Shanghai, China",
                "accreditation", Map.of("standard", "ISO/IEC 17025:2017", "body", "CNAS",
                        "certificateNumber", "CNAS L0359", "validUntil", "2031-12-31"),
                "scope", List.of("Textile fibre identification"), "equipment", List.of("GC-MS"),
                "staff", Map.of("analysts", 12), "languages", List.of("English"), "samplesPerYear", 400);
    }

    private static Map<String, Object> meeting() {
        return Map.of("type", "HEADS_OF_CUSTOMS_CONFERENCE", "number", 61, "startDate", "2028-03-15",
                "endDate", "2028-03-16", "timeZone", "Asia/Tokyo", "hostMember", "JPN", "chair", "chair",
                "mode", "IN_PERSON");
    }
}
