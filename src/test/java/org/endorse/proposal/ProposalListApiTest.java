package org.endorse.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.endorse.nomination.NominationFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The paging contract of every list, on GET /api/proposals: pages, their size, the total, sorting and filters. */
@EndorseTest
class ProposalListApiTest {

    @LocalServerPort
    int port;

    @Autowired
    NominationFixtures nominations;

    HttpApi member;
    String word;

    @BeforeEach
    void fourNominationsWithAWordOfTheirOwn() {
        member = HttpApi.as(port, "member");
        word = "Zq" + UUID.randomUUID().toString().substring(0, 6);
        for (String code : List.of("IDN", "IDN", "JPN", "CHN")) {
            nominations.submitted(code, word + " Committee " + UUID.randomUUID().toString().substring(0, 4));
        }
    }

    @Test
    void aListComesAPageAtATimeWithItsTotalAndNoItemTwice() {
        JsonNode first = member.get("/api/proposals?q=" + word + "&size=3").json();
        assertThat(first.get("total").asLong()).isEqualTo(4);
        assertThat(first.get("page").asInt()).isEqualTo(1);
        assertThat(first.get("size").asInt()).isEqualTo(3);
        assertThat(first.get("pages").asInt()).isEqualTo(2);
        assertThat(first.get("sort").asText()).isEqualTo("created,desc");
        JsonNode second = member.get("/api/proposals?q=" + word + "&size=3&page=2").json();

        List<String> seen = new ArrayList<>(first.get("items").findValuesAsText("reference"));
        seen.addAll(second.get("items").findValuesAsText("reference"));
        assertThat(seen).hasSize(4).doesNotHaveDuplicates();
        JsonNode pastTheEnd = member.get("/api/proposals?q=" + word + "&size=3&page=3").json();
        assertThat(pastTheEnd.get("page").asInt()).as("a page past the end is the last one").isEqualTo(2);
        assertThat(pastTheEnd.get("items")).isEqualTo(second.get("items"));
    }

    @Test
    void aPageHoldsFiftyItemsAtTheMost() {
        assertThat(member.get("/api/proposals?size=500").json().get("size").asInt()).isEqualTo(50);
    }

    @Test
    void filtersCombineAndSortingIsByTheFieldsTheListNames() {
        assertThat(member.get("/api/proposals?q=" + word + "&member=JPN").json().get("total").asLong()).isEqualTo(1);
        assertThat(member.get("/api/proposals?q=" + word.toLowerCase() + "&kind=NOMINATION&status=SUBMITTED").json()
                .get("total").asLong()).as("words match whatever their case").isEqualTo(4);
        assertThat(member.get("/api/proposals?q=" + word + "&kind=LABORATORY").json().get("total").asLong()).isZero();
        assertThat(member.get("/api/proposals?q=" + word + "&status=SUBMITTED&status=UNDER_REVIEW").json()
                .get("total").asLong()).isEqualTo(4);

        List<String> titles = member.get("/api/proposals?q=" + word + "&sort=member,asc").json().get("items")
                .findValuesAsText("submittingMember");
        assertThat(titles).containsExactly("CHN", "IDN", "IDN", "JPN");
    }

    @Test
    void aWrongPageOrSortIsNamedWithWhatItCanBe() {
        HttpApi.Response sort = member.get("/api/proposals?sort=popularity");
        assertThat(sort.code()).isEqualTo(400);
        assertThat(sort.json().at("/errors/0/field").asText()).isEqualTo("sort");
        assertThat(sort.json().at("/errors/0/message").asText()).contains("created", "title", "popularity");

        HttpApi.Response page = member.get("/api/proposals?page=0");
        assertThat(page.code()).isEqualTo(400);
        assertThat(page.json().at("/errors/0/field").asText()).isEqualTo("page");
    }

    @Test
    void wordsWithWildcardsMatchOnlyThemselves() {
        assertThat(member.get("/api/proposals?q=%25").json().get("total").asLong())
                .as("a % in the words is a %, not everything").isZero();
    }
}
