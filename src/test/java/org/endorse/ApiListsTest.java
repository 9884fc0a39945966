package org.endorse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.endorse.laboratory.LaboratoryFixtures;
import org.endorse.nomination.NominationFixtures;
import org.endorse.terms.TermsFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every list of the API, read over HTTP with something of its kind in it, answers 200 with that something. */
@EndorseTest
class ApiListsTest {

    @LocalServerPort
    int port;

    @Autowired
    NominationFixtures nominations;
    @Autowired
    LaboratoryFixtures laboratories;
    @Autowired
    TermsFixtures terms;

    @Test
    void everyListOfTheApiShowsWhatItHolds() {
        String seat = "Finance Committee " + UUID.randomUUID();
        String nomination = nominations.submitted("IDN", seat);
        String laboratory = laboratories.designated("CHN", LocalDate.of(2031, 12, 31));
        String body = "Working Group " + UUID.randomUUID();
        String tor = terms.adopted(body, "1. The Group meets once a year.");
        HttpApi member = HttpApi.as(port, "member");
        HttpApi secretariat = HttpApi.as(port, "secretariat");
        String meeting = ApiSteps.conveneJointSession(secretariat, 41, LocalDate.of(2028, 5, 10), "JPN", "Asia/Tokyo");
        String meetingId = meeting.substring(meeting.lastIndexOf('/') + 1);

        assertThat(values(list(member, "/api/proposals?q=" + seat.replace(' ', '+')).get("items"), "reference"))
                .contains(nomination);
        assertThat(values(list(secretariat, "/api/tasks?proposal=" + nomination).get("items"), "proposalReference"))
                .containsExactly(nomination);
        assertThat(every(secretariat, "/api/tasks", "proposalReference")).contains(nomination);
        assertThat(every(member, "/api/meetings", "id")).contains(meetingId);
        assertThat(values(list(member, "/api/members"), "code")).contains("IDN", "JPN", "CHN");
        assertThat(every(secretariat, "/api/notifications?proposal=" + nomination, "proposalReference"))
                .containsOnly(nomination);
        assertThat(every(member, "/api/register/laboratories", "proposalReference")).contains(laboratory);
        assertThat(every(member, "/api/register/terms", "proposalReference")).contains(tor);
        assertThat(every(member, "/api/register/terms/history", "proposalReference")).contains(tor);
        // Lists whose items this test does not make: each answers page after page, as many items as its total.
        ApiSteps.everyItem(member, "/api/calls");
        ApiSteps.everyItem(secretariat, "/api/meetings/action-items");
        assertThat(values(list(member, "/api/terms/" + tor + "/versions"), "number")).containsExactly("1");
        assertThat(list(member, "/api/terms/" + tor + "/rounds")).hasSize(1);
    }

    /** page=2147483647 once answered 500 on every list, with some 730 lines of log each. */
    @Test
    void aPagePastTheEndOfAnyListShowsItsLastPage() throws Exception {
        nominations.submitted("IDN", "Finance Committee " + UUID.randomUUID());
        HttpApi secretariat = HttpApi.as(port, "secretariat");
        for (String list : List.of("/api/proposals", "/api/tasks", "/api/notifications", "/api/meetings",
                "/api/meetings/action-items", "/api/calls", "/api/register/laboratories", "/api/register/terms",
                "/api/register/terms/history")) {
            for (String page : List.of("2147483647", "2147483646", "99999")) {
                JsonNode last = list(secretariat, list + "?size=2&page=" + page);
                assertThat(last.get("page").asInt()).as(list).isEqualTo(Math.max(1, last.get("pages").asInt()));
                assertThat(last.get("items").size()).as(list).isEqualTo(last.get("total").asLong() == 0 ? 0
                        : (int) (last.get("total").asLong() - 2L * (last.get("pages").asInt() - 1)));
            }
            assertThat(secretariat.get(list + "?page=0").code()).as(list).isEqualTo(400);
        }
        ScriptlessBrowser browser = new ScriptlessBrowser(port);
        browser.logIn("secretariat");
        for (String page : List.of("/proposals", "/tasks", "/notifications", "/meetings", "/calls",
                "/register/laboratories", "/register/terms", "/register/terms/history")) {
            assertThat(browser.get(page + "?page=2147483647").statusCode()).as(page).isEqualTo(200);
        }
    }

    private static JsonNode list(HttpApi user, String path) {
        HttpApi.Response response = user.get(path);
        assertThat(response.code()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    /** The field of every item of a paged list, read page by page. */
    private static List<String> every(HttpApi user, String path, String field) {
        return ApiSteps.everyItem(user, path).stream().map(item -> item.get(field).asText()).toList();
    }

    private static List<String> values(JsonNode items, String field) {
        return items.findValuesAsText(field);
    }
}
