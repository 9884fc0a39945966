package org.endorse.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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

    @Test
    void firstProposalsOfAYearDraftedAtOnceAreAllSavedWithNumbersOfTheirOwn() throws Exception {
        HttpApi member = HttpApi.as(port, "member");
        // Years no other test drafts in, so that each round starts without a counter, as on a fresh database.
        for (int year = 2091; year <= 2094; year++) {
            ClockUtil.setCurrentTime(Date.from(Instant.parse(year + "-03-01T09:00:00Z")));
            List<HttpApi.Response> drafted = atOnce(8, () -> member.post("/api/nominations", nomination()));

            assertThat(drafted).as("every draft of " + year + " is saved").allSatisfy(response ->
                    assertThat(response.code()).as(response.body()).isEqualTo(201));
            assertThat(drafted).extracting(response -> response.json().get("reference").asText())
                    .containsExactlyInAnyOrder(references("NOM-" + year + "-", 8));
        }
    }

    @Test
    void proposalSubmittedTwiceAtOnceIsSubmittedOnceAndTheOtherRequestsAreTold409() throws Exception {
        HttpApi member = HttpApi.as(port, "member");
        for (int round = 0; round < 10; round++) {
            String reference = member.post("/api/nominations", nomination()).json().get("reference").asText();

            List<HttpApi.Response> answers = atOnce(3, () -> member.post("/api/proposals/" + reference + "/submit"));

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

    /** Sends the same request from several threads released at the same moment. */
    private static List<HttpApi.Response> atOnce(int times, Callable<HttpApi.Response> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(times);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpApi.Response>> answers = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<HttpApi.Response> responses = new ArrayList<>();
            for (Future<HttpApi.Response> answer : answers) {
                responses.add(answer.get());
            }
            return responses;
        } finally {
            threads.shutdown();
        }
    }

    private static String[] references(String prefix, int count) {
        String[] references = new String[count];
        for (int i = 0; i < count; i++) {
            references[i] = prefix + "%04d".formatted(i + 1);
        }
        return references;
    }

    private static Map<String, Object> nomination() {
        return Map.of("title", "Japan for the Audit Committee", "submittingMember", "JPN",
                "seat", Map.of("code", "ROCB-AP-HOST"),
                "term", Map.of("from", "2027-07-01", "to", "2029-06-30"), "nominatedMember", "JPN",
                "supportingStatement", "Japan offers its experience.");
    }
}
