package org.endorse.laboratory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.endorse.ApiSteps.completeTask;
import static org.endorse.ApiSteps.conveneJointSession;
import static org.endorse.ApiSteps.statusOf;
import static org.endorse.ApiSteps.taskOf;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.IdentityService;
import org.endorse.ApiSteps;
import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.endorse.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A laboratory proposal over HTTP as its users take it: from the member's draft, through the check, the
 * assessment and a joint session, to the WCO Secretariat's recognition and the register.
 */
@EndorseTest
class LaboratoryApiTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    HttpApi member;
    HttpApi secretariat;
    HttpApi assessor;
    HttpApi chair;

    @BeforeEach
    void setUp() {
        member = HttpApi.as(port, "member");
        secretariat = HttpApi.as(port, "secretariat");
        assessor = HttpApi.as(port, "assessor");
        chair = HttpApi.as(port, "chair");
    }

    @Test
    void laboratoryGoesFromSubmissionToTheRegisterThroughTheApi() {
        HttpApi.Response drafted = member.post("/api/laboratories", laboratory("CHN", "2031-12-31"));
        assertThat(drafted.code()).as(drafted.body()).isEqualTo(201);
        String reference = drafted.json().get("reference").asText();
        assertThat(reference).startsWith("RCL-");
        assertThat(drafted.json().at("/details/accreditation/certificateNumber").asText()).isEqualTo("CNAS L0359");
        assertThat(member.post("/api/proposals/" + reference + "/submit").code()).isEqualTo(200);

        completeTask(secretariat, reference, Map.of("decision", "COMPLETE"));

        JsonNode assessment = taskOf(assessor, reference);
        assertThat(assessment.get("name").asText()).isEqualTo("Assess laboratory");
        assertThat(assessment.get("suggestedDecision").asText()).isEqualTo("ELIGIBLE");
        assertThat(assessor.get("/api/proposals/" + reference).json().at("/details/eligibility/result").asText())
                .isEqualTo("ELIGIBLE");
        completeTask(assessor, reference, Map.of("decision", "ELIGIBLE"));
        assertThat(statusOf(member, reference)).isEqualTo("UNDER_REVIEW");

        String meeting = conveneJointSession(secretariat, 24, LocalDate.of(2026, 12, 1), "CHN", "Asia/Shanghai");
        assertThat(secretariat.get(meeting).json().get("agenda").findValuesAsText("reference")).contains(reference);
        assertThat(secretariat.get(meeting).json().get("agenda").findValuesAsText("heading"))
                .contains("Regional Customs Laboratory: Shanghai Customs Technical Center Laboratory (China)");
        assertThat(secretariat.put(meeting + "/agenda", Map.of("references", List.of(reference))).code()).isEqualTo(200);
        assertThat(secretariat.post(meeting + "/circulate").code()).isEqualTo(200);
        assertThat(secretariat.post(meeting + "/open").code()).isEqualTo(200);
        HttpApi.Response decided = chair.post(meeting + "/decisions", Map.of("decisions", List.of(
                Map.of("reference", reference, "decision", "RECOMMENDED"),
                Map.of("reference", reference, "decision", "ENDORSED"))));
        assertThat(decided.code()).as(decided.body()).isEqualTo(200);
        assertThat(chair.post(meeting + "/close").code()).isEqualTo(200);
        assertThat(statusOf(member, reference)).isEqualTo("ENDORSED");
        assertThat(member.getAs(meeting + "/record", "text/html").body()).contains("The Joint Session recommended"
                + " Shanghai Customs Laboratory as Regional Customs Laboratory (" + reference + ", submitted by China)"
                + " and endorsed it.");

        completeTask(secretariat, reference, Map.of("decision", "FORWARDED", "reason", "Vice-Chair's letter of 20 November"));
        assertThat(statusOf(member, reference)).isEqualTo("FORWARDED");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Map<String, Object> recognition = Map.of("outcome", "RECOGNISED", "decidedOn", today,
                "wcoReference", "WCO/RCL/2026/7");
        assertThat(member.post("/api/laboratories/" + reference + "/recognition", recognition).code()).isEqualTo(403);
        HttpApi.Response recognised = secretariat.post("/api/laboratories/" + reference + "/recognition", recognition);
        assertThat(recognised.code()).as(recognised.body()).isEqualTo(200);
        assertThat(recognised.json().get("status").asText()).isEqualTo("DESIGNATED");

        JsonNode entry = ApiSteps.everyItem(member, "/api/register/laboratories").stream()
                .filter(laboratory -> laboratory.get("proposalReference").asText().equals(reference)).findFirst()
                .orElseThrow();
        assertThat(entry.get("laboratoryName").asText()).isEqualTo("Shanghai Customs Technical Center Laboratory");
        assertThat(entry.get("memberName").asText()).isEqualTo("China");
        assertThat(entry.get("designatedFrom").asText()).isEqualTo(today);
        assertThat(entry.at("/accreditation/state").asText()).isEqualTo("VALID");
        assertThat(entry.get("scope")).hasSize(2);
        assertThat(member.get("/api/register/laboratories/" + reference).json().get("wcoReference").asText())
                .isEqualTo("WCO/RCL/2026/7");
        assertThat(member.get("/api/register/laboratories/RCL-1999-0001").code()).isEqualTo(404);
    }

    @Test
    void badFieldsAreNamedAndNothingIsSaved() {
        Map<String, Object> bad = laboratory("CHN", null);
        bad.put("samplesPerYear", -5);
        bad.put("scope", List.of("Textile fibres", " "));
        bad.put("languages", List.of());
        long before = member.get("/api/proposals").json().get("total").asLong();

        HttpApi.Response response = member.post("/api/laboratories", bad);

        assertThat(response.code()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "accreditation.validUntil", "samplesPerYear", "scope[1]", "languages");
        assertThat(member.get("/api/proposals").json().get("total").asLong()).isEqualTo(before);
        assertThat(member.post("/api/laboratories", laboratory("KOR", "2031-12-31")).code())
                .as("a member the user does not act for").isEqualTo(403);
    }

    @Test
    void anotherMembersDraftIsNotThereForThem() {
        TestUsers.ensure(identity, "member-kor", "member", "member-KOR");
        HttpApi korea = HttpApi.as(port, "member-kor");
        String reference = member.post("/api/laboratories", laboratory("JPN", "2031-12-31")).json().get("reference")
                .asText();

        assertThat(korea.get("/api/proposals/" + reference).code()).isEqualTo(404);
        assertThat(korea.put("/api/laboratories/" + reference, laboratory("KOR", "2031-12-31")).code()).isEqualTo(404);
        assertThat(korea.post("/api/proposals/" + reference + "/submit").code()).isEqualTo(404);
        assertThat(member.put("/api/nominations/" + reference, Map.of()).code()).as("not a nomination").isEqualTo(400);
    }

    @Test
    void assessorGoingAgainstTheEligibilityCheckWithoutAReasonIsTold() {
        String reference = member.post("/api/laboratories", laboratory("IDN", "2027-01-31")).json().get("reference")
                .asText();
        member.post("/api/proposals/" + reference + "/submit");
        completeTask(secretariat, reference, Map.of("decision", "COMPLETE"));
        JsonNode assessment = taskOf(assessor, reference);
        assertThat(assessment.get("suggestedDecision").asText()).isEqualTo("NOT_ELIGIBLE");
        assertThat(assessor.get("/api/proposals/" + reference).json().at("/details/eligibility/findings/0").asText())
                .contains("expires before the minimum time");

        HttpApi.Response unreasoned = assessor.post("/api/tasks/" + assessment.get("id").asText() + "/complete",
                Map.of("decision", "ELIGIBLE"));
        assertThat(unreasoned.code()).isEqualTo(400);
        assertThat(unreasoned.json().get("errors").findValuesAsText("field")).containsExactly("reason");
        assertThat(statusOf(member, reference)).isEqualTo("UNDER_ASSESSMENT");

        completeTask(assessor, reference, Map.of("decision", "NOT_ELIGIBLE"));
        assertThat(statusOf(member, reference)).isEqualTo("RETURNED");
    }


    private static Map<String, Object> laboratory(String member, String validUntil) {
        Map<String, Object> accreditation = new HashMap<>(Map.of("standard", "ISO/IEC 17025:2017", "body", "CNAS",
                "certificateNumber", "CNAS L0359"));
        if (validUntil != null) {
            accreditation.put("validUntil", validUntil);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Shanghai Customs Laboratory as Regional Customs Laboratory");
        body.put("submittingMember", member);
        body.put("laboratoryName", "Shanghai Customs Technical Center Laboratory");
        body.put("location", "Shanghai, China");
        body.put("accreditation", accreditation);
        body.put("scope", List.of("Tariff classification of HS chapters 27 to 40", "Textile fibre identification"));
        body.put("equipment", List.of("FTIR spectrometer", "GC-MS"));
        body.put("staff", Map.of("analysts", 12, "qualifications", "Chemists and textile engineers"));
        body.put("languages", List.of("English", "Chinese"));
        body.put("samplesPerYear", 400);
        return body;
    }
}
