package org.endorse.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Replays, through the HTTP API, the Joint Session of the 21st Regional Heads of Customs Administrative
 * Conference and the 30th Regional Contact Point Meeting, held virtually on 12 November 2020 at the invitation
 * of Indonesia, the Vice-Chair: it "endorsed several decisions on issues of key importance to the region,
 * including the pending issue of nominations for representatives at WCO regional entities, based on
 * proposals by several Members". Two nominations recommended by an earlier contact points meeting are
 * endorsed; a newer one is reviewed and its endorsement deferred, and it comes back to the April 2021
 * conference, which endorses it.
 */
@EndorseTest
class JointSession2020Test {

    @LocalServerPort
    int port;

    @Test
    void jointSessionOfNovember2020EndorsesPendingNominationsAndDefersOne() {
        HttpApi member = HttpApi.as(port, "member");
        HttpApi secretariat = HttpApi.as(port, "secretariat");
        HttpApi chair = HttpApi.as(port, "chair");

        String indonesia = submitAndCheck(member, secretariat, "IDN", "COMMITTEE_REPRESENTATIVE", "Finance Committee");
        String china = submitAndCheck(member, secretariat, "CHN", "COMMITTEE_REPRESENTATIVE", "Audit Committee");

        // The 29th Regional Contact Points Meeting recommended both; the 20th Conference was then postponed.
        String rcp29 = convene(secretariat, "CONTACT_POINTS_MEETING", 29, "2019-11-19", "2019-11-20", "IN_PERSON");
        holdMeeting(secretariat, chair, rcp29, List.of(indonesia, china),
                decision(indonesia, "RECOMMENDED"), decision(china, "RECOMMENDED"));

        String japan = submitAndCheck(member, secretariat, "JPN", "REGIONAL_ENTITY_HOST", "RILO A/P");

        String joint = convene(secretariat, "JOINT_SESSION", 21, "2020-11-12", "2020-11-12", "VIRTUAL");
        JsonNode assembled = secretariat.get(joint).json();
        assertThat(assembled.get("name").asText()).startsWith("21st Joint Session");
        assertThat(assembled.get("agenda").findValuesAsText("reference"))
                .as("built from every proposal waiting for review or endorsement").contains(indonesia, china, japan);
        assertThat(secretariat.put(joint + "/attendance", Map.of("members", List.of("IDN", "JPN", "CHN", "AUS",
                "KOR", "MYS", "NZL", "SGP", "THA", "VNM", "IND", "PHL"))).code()).isEqualTo(200);
        holdMeeting(secretariat, chair, joint, List.of(indonesia, china, japan),
                decision(indonesia, "ENDORSED"), decision(china, "ENDORSED"),
                decision(japan, "RECOMMENDED"), decision(japan, "DEFERRED"));

        assertThat(status(member, indonesia)).isEqualTo("ENDORSED");
        assertThat(status(member, china)).isEqualTo("ENDORSED");
        assertThat(status(member, japan)).isEqualTo("AWAITING_ENDORSEMENT");
        assertThat(member.get("/api/proposals/" + indonesia).json().get("timeline").findValuesAsText("note"))
                .anyMatch(note -> note.startsWith("21st Joint Session of the Regional Heads of Customs Administrative"
                        + " Conference and Regional Contact Points Meeting: Endorsed"));

        assertThat(secretariat.get(joint).json().get("agenda").findValuesAsText("reference"))
                .containsExactly(indonesia, china, japan);
        String record = member.getAs(joint + "/record", "text/html").body();
        assertThat(record.split("<li>")).as("one line per agenda item").hasSize(4);
        assertThat(record).contains("Record of decisions", "12 November 2020", "held virtually", "hosted by Indonesia", "Chaired by Regional Vice-Chair (chair)",
                "(12 member administrations)",
                "The Joint Session endorsed Indonesia for the Finance Committee (" + indonesia,
                "The Joint Session endorsed China for the Audit Committee (" + china,
                "The Joint Session recommended Japan for the RILO A/P (" + japan, "and deferred its decision on it.");

        // The deferred nomination is back on the agenda of the next conference (6-7 April 2021), which endorses it.
        String april2021 = convene(secretariat, "HEADS_OF_CUSTOMS_CONFERENCE", 22, "2021-04-06", "2021-04-07", "VIRTUAL");
        assertThat(secretariat.get(april2021).json().get("agenda").findValuesAsText("reference")).contains(japan)
                .doesNotContain(indonesia, china);
        holdMeeting(secretariat, chair, april2021, List.of(japan), decision(japan, "ENDORSED"));
        assertThat(status(member, japan)).isEqualTo("ENDORSED");
        assertThat(member.getAs(april2021 + "/record", "text/html").body())
                .contains("The Conference endorsed Japan for the RILO A/P (" + japan);
    }

    private static String submitAndCheck(HttpApi member, HttpApi secretariat, String memberCode, String seatType,
            String seat) {
        Map<String, Object> nomination = new HashMap<>();
        nomination.put("title", name(memberCode) + " for the " + seat);
        nomination.put("submittingMember", memberCode);
        nomination.put("seat", Map.of("type", seatType, "name", seat));
        nomination.put("term", Map.of("from", "2020-07-01", "to", "2022-06-30"));
        nomination.put("nominatedMember", memberCode);
        nomination.put("supportingStatement", name(memberCode) + " offers to represent the Asia/Pacific region.");
        String reference = member.post("/api/nominations", nomination).json().get("reference").asText();
        assertThat(member.post("/api/proposals/" + reference + "/submit").code()).isEqualTo(200);
        String task = StreamSupport.stream(secretariat.get("/api/tasks").json().spliterator(), false)
                .filter(t -> t.get("proposalReference").asText().equals(reference)).findFirst().orElseThrow()
                .get("id").asText();
        assertThat(secretariat.post("/api/tasks/" + task + "/complete", Map.of("decision", "COMPLETE")).code())
                .isEqualTo(204);
        return reference;
    }

    private static String convene(HttpApi secretariat, String type, int number, String from, String to, String mode) {
        HttpApi.Response convened = secretariat.post("/api/meetings", Map.of("type", type, "number", number,
                "startDate", from, "endDate", to, "timeZone", "Asia/Jakarta", "hostMember", "IDN", "chair", "chair",
                "mode", mode));
        assertThat(convened.code()).as(convened.body()).isEqualTo(201);
        return "/api/meetings/" + convened.json().get("id").asText();
    }

    @SafeVarargs
    private static void holdMeeting(HttpApi secretariat, HttpApi chair, String meeting, List<String> agenda,
            Map<String, Object>... decisions) {
        assertThat(secretariat.put(meeting + "/agenda", Map.of("references", agenda)).code()).isEqualTo(200);
        assertThat(secretariat.post(meeting + "/circulate").code()).isEqualTo(200);
        assertThat(secretariat.post(meeting + "/open").code()).isEqualTo(200);
        HttpApi.Response decided = chair.post(meeting + "/decisions", Map.of("decisions", List.of(decisions)));
        assertThat(decided.code()).as(decided.body()).isEqualTo(200);
        assertThat(chair.post(meeting + "/close").code()).isEqualTo(200);
    }

    private static Map<String, Object> decision(String reference, String decision) {
        return Map.of("reference", reference, "decision", decision);
    }

    private static String status(HttpApi member, String reference) {
        return member.get("/api/proposals/" + reference).json().get("status").asText();
    }

    private static String name(String code) {
        return switch (code) {
            case "IDN" -> "Indonesia";
            case "CHN" -> "China";
            default -> "Japan";
        };
    }
}
