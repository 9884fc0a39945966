package org.endorse.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

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
 * Configured seats as an integration sees them: choosing one, its terms, the Vice-Chair's seat of one place filled by
 * the heads of Customs and then the WCO Council, the register of representation and its spreadsheet, and the mails.
 */
@EndorseTest
class SeatsAndElectionsApiTest {

    /** A term of the Vice-Chair's seat no other test nominates for. */
    static final String TERM = "2048-07-01";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;

    HttpApi member;
    HttpApi secretariat;
    HttpApi chair;

    @BeforeEach
    void setUp() {
        member = HttpApi.as(port, "member");
        secretariat = HttpApi.as(port, "secretariat");
        chair = HttpApi.as(port, "chair");
    }

    @Test
    void theSeatsAreListedWithTheirPlacesTermsAndElectingBody() {
        JsonNode seats = member.get("/api/register/seats").json();
        JsonNode policyCommission = find(seats, "code", "POLICY-COMMISSION");
        assertThat(policyCommission.get("places").asInt()).isEqualTo(5);
        assertThat(policyCommission.get("term").asText()).isEqualTo("P1Y");
        assertThat(policyCommission.get("electedBy").asText()).isEqualTo("WCO Council");
        assertThat(find(seats, "code", "FINANCE-COMMITTEE").get("places").asInt()).isEqualTo(4);
        assertThat(find(seats, "code", "VICE-CHAIR").get("term").asText()).isEqualTo("P2Y");
        assertThat(find(seats, "code", "ROCB-AP-HOST").has("electedBy")).isFalse();
    }

    @Test
    void aNominationIsForItsSeatsNextTermUnlessItNamesTheFirstDayOfAnother() {
        JsonNode next = member.post("/api/nominations", nomination("IDN", null)).json();
        LocalDate from = LocalDate.parse(next.get("details").get("termFrom").asText());
        assertThat(from.getMonth()).isEqualTo(Month.JULY);
        assertThat(from.getDayOfMonth()).isEqualTo(1);
        assertThat(from.getYear() % 2).as("the Vice-Chair's terms begin in even years, from 2018").isZero();
        assertThat(from).isAfter(LocalDate.now()).isBeforeOrEqualTo(LocalDate.now().plusYears(2));
        assertThat(next.get("details").get("termTo").asText()).isEqualTo(from.plusYears(2).minusDays(1).toString());
        assertThat(next.get("details").get("seatName").asText()).isEqualTo("Regional Vice-Chair");

        HttpApi.Response midTerm = member.post("/api/nominations", nomination("IDN", Map.of("from", "2049-07-01")));
        assertThat(fields(midTerm)).containsExactly("term.from");
        assertThat(midTerm.body()).contains("2049-07-01 is not the first day of a term of Regional Vice-Chair");
        HttpApi.Response wrongEnd = member.post("/api/nominations", nomination("IDN", Map.of("from", TERM,
                "to", "2049-06-30")));
        assertThat(fields(wrongEnd)).containsExactly("term.to");
        assertThat(wrongEnd.body()).contains("ends on 2050-06-30");
        Map<String, Object> host = nomination("JPN", null);
        host.put("seat", Map.of("code", "RILO-AP-HOST"));
        assertThat(fields(member.post("/api/nominations", host))).containsExactly("term.from");
    }

    @Test
    void theNextViceChairIsEndorsedThenElectedByTheCouncilAndEntersTheRegister() {
        String indonesia = submittedAndChecked("IDN");
        String japan = submittedAndChecked("JPN");
        TestUsers.ensure(identity, "au-member", "member", "member-AUS");
        assertThat(viceChair(HttpApi.as(port, "au-member").get("/api/register/representation").json())
                .get("candidates").findValuesAsText("reference")).as("another member's running nominations are its own")
                .doesNotContain(indonesia, japan);
        assertThat(viceChair(member.get("/api/register/representation").json()).get("candidates")
                .findValuesAsText("reference")).contains(indonesia, japan);
        String meeting = jointSessionDeciding(Map.of("reference", indonesia, "decision", "RECOMMENDED"),
                Map.of("reference", japan, "decision", "RECOMMENDED"),
                Map.of("reference", indonesia, "decision", "ENDORSED"));
        JsonNode agenda = secretariat.get(meeting).json().get("agenda");
        assertThat(agenda.findValuesAsText("heading")).anyMatch(heading -> heading.equals(
                "Nominations: Regional Vice-Chair, 1 place, 2048-07-01 to 2050-06-30"));

        assertThat(status(indonesia)).isEqualTo("ENDORSED");
        assertThat(status(japan)).as("the one place is filled").isEqualTo("NOT_ENDORSED");
        JsonNode seat = viceChair(secretariat.get("/api/register/representation").json());
        assertThat(seat.get("candidates").findValuesAsText("reference")).contains(indonesia).doesNotContain(japan);
        assertThat(viceChair(HttpApi.as(port, "au-member").get("/api/register/representation").json())
                .get("candidates").findValuesAsText("reference")).as("endorsed, as every member was told")
                .contains(indonesia);
        assertThat(seat.get("next").findValuesAsText("nominationReference")).doesNotContain(indonesia);
        assertThat(taskOf(secretariat, indonesia).get("name").asText()).isEqualTo("Record the WCO body's election");

        Map<String, Object> election = Map.of("outcome", "ELECTED", "session", "161st/162nd Council Sessions",
                "decidedOn", "2026-06-27");
        assertThat(member.post("/api/nominations/" + indonesia + "/election", election).code()).isEqualTo(403);
        HttpApi.Response noSession = secretariat.post("/api/nominations/" + indonesia + "/election",
                Map.of("outcome", "ELECTED", "decidedOn", "2026-06-27"));
        assertThat(fields(noSession)).containsExactly("session");
        assertThat(fields(secretariat.post("/api/nominations/" + indonesia + "/election", Map.of("outcome", "ELECTED",
                "session", "Next Council", "decidedOn", "2099-06-27")))).containsExactly("decidedOn");
        HttpApi.Response beforeEndorsement = secretariat.post("/api/nominations/" + indonesia + "/election", Map.of(
                "outcome", "ELECTED", "session", "An earlier Council", "decidedOn", "2026-04-01"));
        assertThat(fields(beforeEndorsement)).containsExactly("decidedOn");
        assertThat(beforeEndorsement.body()).contains("before the region endorsed the candidate on 2026-04-14");
        HttpApi.Response elected = secretariat.post("/api/nominations/" + indonesia + "/election", election);
        assertThat(elected.code()).as(elected.body()).isEqualTo(200);
        assertThat(elected.json().get("status").asText()).isEqualTo("ELECTED");
        assertThat(elected.json().get("details").get("election").get("session").asText())
                .isEqualTo("161st/162nd Council Sessions");
        assertThat(secretariat.post("/api/nominations/" + indonesia + "/election", election).code())
                .as("recorded once").isEqualTo(409);
        assertThat(secretariat.post("/api/nominations/" + japan + "/election", election).code())
                .as("not endorsed").isEqualTo(409);

        JsonNode register = viceChair(member.get("/api/register/representation").json());
        JsonNode holder = find(register.get("next"), "nominationReference", indonesia);
        assertThat(holder.get("member").asText()).isEqualTo("IDN");
        assertThat(holder.get("termFrom").asText()).isEqualTo(TERM);
        assertThat(holder.get("electedAt").asText()).isEqualTo("161st/162nd Council Sessions");
        assertThat(register.get("previous").findValuesAsText("member")).as("recorded from before Endorse")
                .contains("IND", "IDN", "AUS", "HKG");
        assertThat(member.get("/api/register/representation?on=2023-01-01").json().get("seats").get(0)
                .get("current").findValuesAsText("member")).containsExactly("AUS");

        HttpApi.Response csv = member.getAs("/api/register/representation.csv", "text/csv");
        assertThat(csv.code()).isEqualTo(200);
        assertThat(csv.headers().getContentDisposition().getFilename()).isEqualTo("representation.csv");
        assertThat(csv.body()).startsWith("seat,seat_name,places,standing,member,member_name,person,term_from")
                .contains("VICE-CHAIR,Regional Vice-Chair,1,next,IDN,Indonesia,A. Delegate,2048-07-01,2050-06-30,"
                        + "161st/162nd Council Sessions,2026-06-27," + indonesia)
                .contains("ROCB-AP,ROCB A/P,1,host,THA,Thailand");

        List<String> subjects = ApiSteps.notifications(secretariat, "proposal=" + indonesia)
                .findValuesAsText("subject");
        assertThat(subjects).contains("Endorsed: " + indonesia + " Indonesia for the Regional Vice-Chair",
                "Elected: " + indonesia + " Indonesia for the Regional Vice-Chair");
    }

    @Test
    void aSlateFillingTheFinanceCommitteesFourPlacesIsEndorsedTogetherAndOneTooManyIsRefusedWhole() {
        List<String> slate = new java.util.ArrayList<>();
        for (String nominated : List.of("IDN", "JPN", "CHN", "AUS", "KOR")) {
            Map<String, Object> body = nomination(nominated.equals("JPN") || nominated.equals("CHN") ? nominated
                    : "IDN", Map.of("from", "2070-07-01"));
            body.put("seat", Map.of("code", "FINANCE-COMMITTEE"));
            body.put("nominatedMember", nominated);
            slate.add(submittedAndChecked(body));
        }
        JsonNode meeting = secretariat.post("/api/meetings", Map.of("type", "JOINT_SESSION", "number", 70,
                "contactPointsNumber", 99, "startDate", "2069-11-12", "endDate", "2069-11-12", "timeZone",
                "Asia/Jakarta", "hostMember", "IDN", "chair", "chair", "mode", "VIRTUAL")).json();
        String path = "/api/meetings/" + meeting.get("id").asText();
        assertThat(secretariat.put(path + "/agenda", Map.of("references", slate)).code()).isEqualTo(200);
        assertThat(secretariat.get(path).json().get("agenda").findValuesAsText("heading")).contains(
                "Nominations: Finance Committee, 4 places, 2070-07-01 to 2071-06-30");
        assertThat(secretariat.post(path + "/circulate").code()).isEqualTo(200);
        assertThat(secretariat.post(path + "/open").code()).isEqualTo(200);
        List<Map<String, Object>> recommended = slate.stream().<Map<String, Object>>map(reference -> Map.of(
                "reference", reference, "decision", "RECOMMENDED")).toList();
        assertThat(chair.post(path + "/decisions", Map.of("decisions", recommended)).code()).isEqualTo(200);

        List<Map<String, Object>> allFive = slate.stream().<Map<String, Object>>map(reference -> Map.of(
                "reference", reference, "decision", "ENDORSED")).toList();
        HttpApi.Response tooMany = chair.post(path + "/decisions", Map.of("decisions", allFive));
        assertThat(tooMany.code()).as(tooMany.body()).isEqualTo(409);
        assertThat(slate.stream().map(this::status)).as("nothing half-saved").containsOnly("AWAITING_ENDORSEMENT");

        HttpApi.Response four = chair.post(path + "/decisions", Map.of("decisions", allFive.subList(0, 4)));
        assertThat(four.code()).as(four.body()).isEqualTo(200);
        assertThat(slate.subList(0, 4).stream().map(this::status)).containsOnly("ENDORSED");
        assertThat(status(slate.get(4))).as("the places are filled").isEqualTo("NOT_ENDORSED");
        JsonNode financeCommittee = find(member.get("/api/register/representation").json().get("seats"), "code",
                "FINANCE-COMMITTEE");
        assertThat(financeCommittee.get("candidates").findValuesAsText("reference"))
                .as("endorsed, awaiting the Council's election").containsAll(slate.subList(0, 4))
                .doesNotContain(slate.get(4));
    }

    @Test
    void aSpreadsheetNeverCarriesAFormulaTypedIntoANomination() {
        Map<String, Object> body = nomination("IDN", Map.of("from", "2050-07-01"));
        body.put("nomineeName", "=HYPERLINK(\"http://evil\")");
        String reference = member.post("/api/nominations", body).json().get("reference").asText();
        assertThat(member.post("/api/proposals/" + reference + "/submit").code()).isEqualTo(200);
        assertThat(member.getAs("/api/register/representation.csv", "text/csv").body())
                .contains("\"'=HYPERLINK(\"\"http://evil\"\")\"").doesNotContain(",=HYPERLINK");
    }

    private String submittedAndChecked(String memberCode) {
        return submittedAndChecked(nomination(memberCode, Map.of("from", TERM)));
    }

    private String submittedAndChecked(Map<String, Object> nomination) {
        HttpApi.Response drafted = member.post("/api/nominations", nomination);
        assertThat(drafted.code()).as(drafted.body()).isEqualTo(201);
        String reference = drafted.json().get("reference").asText();
        assertThat(member.post("/api/proposals/" + reference + "/submit").code()).isEqualTo(200);
        HttpApi.Response checked = secretariat.post("/api/tasks/" + taskOf(secretariat, reference).get("id").asText()
                + "/complete", Map.of("decision", "COMPLETE"));
        assertThat(checked.code()).as(checked.body()).isEqualTo(204);
        return reference;
    }

    @SafeVarargs
    private String jointSessionDeciding(Map<String, Object>... decisions) {
        JsonNode meeting = secretariat.post("/api/meetings", Map.of("type", "JOINT_SESSION", "number", 48,
                "contactPointsNumber", 57, "startDate", "2026-04-14", "endDate", "2026-04-14", "timeZone",
                "Asia/Jakarta", "hostMember", "IDN", "chair", "chair", "mode", "VIRTUAL")).json();
        String path = "/api/meetings/" + meeting.get("id").asText();
        List<String> references = java.util.Arrays.stream(decisions).map(decision -> (String) decision.get("reference"))
                .distinct().toList();
        assertThat(secretariat.put(path + "/agenda", Map.of("references", references)).code()).isEqualTo(200);
        assertThat(secretariat.post(path + "/circulate").code()).isEqualTo(200);
        assertThat(secretariat.post(path + "/open").code()).isEqualTo(200);
        HttpApi.Response decided = chair.post(path + "/decisions", Map.of("decisions", List.of(decisions)));
        assertThat(decided.code()).as(decided.body()).isEqualTo(200);
        return path;
    }

    private Map<String, Object> nomination(String memberCode, Map<String, String> term) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", (memberCode.equals("IDN") ? "Indonesia" : "Japan") + " for the Regional Vice-Chair");
        body.put("submittingMember", memberCode);
        body.put("seat", Map.of("code", "VICE-CHAIR"));
        if (term != null) {
            body.put("term", term);
        }
        body.put("nominatedMember", memberCode);
        body.put("nomineeName", "A. Delegate");
        body.put("supportingStatement", "Offers to lead the region for two years.");
        return body;
    }

    private String status(String reference) {
        return member.get("/api/proposals/" + reference).json().get("status").asText();
    }

    private static JsonNode viceChair(JsonNode register) {
        return find(register.get("seats"), "code", "VICE-CHAIR");
    }

    private JsonNode taskOf(HttpApi user, String reference) {
        return ApiSteps.taskOf(user, reference);
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        return StreamSupport.stream(list.spliterator(), false).filter(node -> node.get(field).asText().equals(value))
                .findFirst().orElseThrow(() -> new AssertionError("no " + field + " " + value + " in " + list));
    }

    private static List<String> fields(HttpApi.Response response) {
        assertThat(response.code()).as(response.body()).isEqualTo(400);
        return response.json().get("errors").findValuesAsText("field");
    }
}
