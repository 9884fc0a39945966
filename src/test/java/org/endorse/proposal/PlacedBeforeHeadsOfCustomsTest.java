package org.endorse.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.endorse.ScriptlessBrowser;
import org.endorse.nomination.NominationFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The secretariat places a proposal directly before the heads of Customs, as the April 2021 meeting of heads of
 * Customs endorsed China's laboratory and the RPSG's ToR with no contact points meeting in between: only the
 * secretariat, only with a reason, only while the proposal waits for the review; the review's agendas drop it.
 */
@EndorseTest
class PlacedBeforeHeadsOfCustomsTest {

    @LocalServerPort
    int port;

    @Autowired
    NominationFixtures nominations;

    HttpApi secretariat;
    HttpApi member;
    String reference;

    @BeforeEach
    void setUp() {
        secretariat = HttpApi.as(port, "secretariat");
        member = HttpApi.as(port, "member");
        reference = nominations.waitingForReview("IDN", "Audit Committee " + UUID.randomUUID());
    }

    private HttpApi.Response place(HttpApi user, Map<String, Object> body) {
        return user.post("/api/proposals/" + reference + "/place-before-heads-of-customs", body);
    }

    @Test
    void theSecretariatSkipsTheReviewWithAReasonKeptInTheTimeline() {
        assertThat(place(member, Map.of("reason", "No contact points meeting before April")).code())
                .as("a member administration may not").isEqualTo(403);
        HttpApi.Response noReason = place(secretariat, Map.of("reason", " "));
        assertThat(noReason.code()).isEqualTo(400);
        assertThat(noReason.json().get("errors").findValuesAsText("field")).containsExactly("reason");

        HttpApi.Response placed = place(secretariat, Map.of("reason",
                "No contact points meeting is held before the heads of Customs meet in April"));

        assertThat(placed.code()).as(placed.body()).isEqualTo(200);
        assertThat(placed.json().get("status").asText()).isEqualTo("AWAITING_ENDORSEMENT");
        JsonNode last = lastEvent(secretariat.get("/api/proposals/" + reference).json());
        assertThat(last.get("type").asText()).isEqualTo("PLACED_BEFORE_HEADS");
        assertThat(last.get("note").asText()).contains("before the heads of Customs meet in April");
        assertThat(place(secretariat, Map.of("reason", "Again")).code()).as("no longer awaiting the review")
                .isEqualTo(409);
    }

    @Test
    void aContactPointsMeetingThatWasToReviewItDropsItFromItsAgenda() {
        String meeting = secretariat.post("/api/meetings", contactPointsMeeting()).json().get("id").asText();
        JsonNode agenda = secretariat.put("/api/meetings/" + meeting + "/agenda",
                Map.of("references", List.of(reference))).json();
        assertThat(agenda.get("agenda").findValuesAsText("reference")).contains(reference);

        assertThat(place(secretariat, Map.of("reason", "Urgent: the Council elects in June")).code()).isEqualTo(200);

        JsonNode item = secretariat.get("/api/meetings/" + meeting).json().get("agenda").findValues("items").stream()
                .flatMap(items -> java.util.stream.StreamSupport.stream(items.spliterator(), false))
                .filter(each -> each.get("reference").asText().equals(reference)).findFirst().orElseThrow();
        assertThat(item.get("state").asText()).isEqualTo("CLOSED");
        assertThat(item.get("note").asText()).contains("Placed directly before the heads of Customs",
                "the Council elects in June");
    }

    @Test
    void inThePortalTheSecretariatIsOfferedItOnTheProposalAndMustSayWhy() throws Exception {
        ScriptlessBrowser browser = new ScriptlessBrowser(port);
        browser.logIn("secretariat");
        String page = "/proposals/" + reference;
        assertThat(browser.get(page).body()).contains("Place before the heads of Customs");
        String form = page + "/place-before-heads-of-customs";

        HttpResponse<String> refused = browser.post(form, Map.of("reason", ""), form);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Why do the contact points not review it?", "reason-error");

        HttpResponse<String> placed = browser.post(form, Map.of("reason", "No contact points meeting before May"),
                form);
        assertThat(placed.statusCode()).isEqualTo(302);
        assertThat(browser.get(page).body()).contains("is placed before the heads of Customs",
                "Placed directly before the heads of Customs", "No contact points meeting before May")
                .doesNotContain("href=\"" + form + "\"");

        ScriptlessBrowser memberBrowser = new ScriptlessBrowser(port);
        memberBrowser.logIn("member");
        assertThat(memberBrowser.get("/proposals/" + nominations.waitingForReview("IDN",
                "Audit Committee " + UUID.randomUUID())).body()).doesNotContain("Place before the heads of Customs");
    }

    private static JsonNode lastEvent(JsonNode proposal) {
        JsonNode timeline = proposal.get("timeline");
        return timeline.get(timeline.size() - 1);
    }

    private static Map<String, Object> contactPointsMeeting() {
        return new HashMap<>(Map.of("type", "CONTACT_POINTS_MEETING", "number", 31, "startDate", "2028-03-15",
                "endDate", "2028-03-16", "timeZone", "Asia/Tokyo", "hostMember", "JPN", "venue", "Tokyo",
                "chair", "chair", "mode", "IN_PERSON"));
    }
}
