package org.endorse.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.endorse.ApiSteps;
import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What members do at the same moment: drafting the first proposals of a year, submitting one proposal twice. */
@EndorseTest
class ConcurrentProposalsTest {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /**
     * Forty at once, twice the connection pool: twenty once took every connection, each waiting for a second one
     * to start the year's counter, and answered 500.
     */
    @Test
    void firstProposalsOfAYearDraftedAtOnceAreAllSavedWithNumbersOfTheirOwn() throws Exception {
        HttpApi member = HttpApi.as(port, "member");
        // Years no other test drafts in, so that each round starts without a counter, as on a fresh database.
        for (int year = 2091; year <= 2093; year++) {
            ClockUtil.setCurrentTime(Date.from(Instant.parse(year + "-03-01T09:00:00Z")));
            ApiSteps.firstNominationsOfTheYearAtOnce(member, year, 40);
        }
    }


    @Test
    void proposalSubmittedTwiceAtOnceIsSubmittedOnceAndTheOtherRequestsAreTold409() throws Exception {
        HttpApi member = HttpApi.as(port, "member");
        for (int round = 0; round < 10; round++) {
            String reference = member.post("/api/nominations", ApiSteps.NOMINATION).json().get("reference").asText();

            List<HttpApi.Response> answers = ApiSteps.atOnce(3,
                    () -> member.post("/api/proposals/" + reference + "/submit"));

            assertThat(answers).extracting(HttpApi.Response::code).as(reference + ": one submission wins")
                    .containsExactlyInAnyOrder(200, 409, 409);
            assertThat(answers).filteredOn(answer -> answer.code() == 409).allSatisfy(refused ->
                    assertThat(refused.json().get("detail").asText()).contains(reference, "submitted"));
            assertThat(member.get("/api/proposals/" + reference).json().get("timeline").findValuesAsText("type"))
                    .containsExactly("DRAFTED", "SUBMITTED");
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                    .rootProcessInstances().count())
                    .as("one process for " + reference).isEqualTo(1);
        }
    }
}
