package org.endorse.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.endorse.nomination.NominationFixtures;
import org.endorse.proposal.ProposalEventType;
import org.endorse.proposal.ProposalService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Fault: every task completed twice at the same moment, as by a double click or two colleagues, through the
 * API as the secretariat uses it. Each task is completed once, the other request is answered 409 (never
 * 500), and the proposal's timeline shows one decision.
 */
@EndorseTest
class DoubleCompletionTest {

    static final int TASKS = 200;
    /** Pairs of requests under way at once. */
    static final int PAIRS = 4;

    @LocalServerPort
    int port;

    @Autowired
    NominationFixtures nominations;
    @Autowired
    TaskService tasks;
    @Autowired
    ProposalService proposals;

    @Test
    void taskCompletedTwiceAtOnceIsCompletedOnceAndTheOtherRequestIsAnswered409() throws Exception {
        List<String> references = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            references.add(nominations.submitted("IDN", "Double completion committee " + UUID.randomUUID()));
        }
        HttpApi secretariat = HttpApi.as(port, "secretariat");

        // Both requests of a pair wait for each other at a barrier; the pool takes them in order, two by two.
        ExecutorService clients = Executors.newFixedThreadPool(2 * PAIRS);
        List<Future<HttpApi.Response>> answers = new ArrayList<>();
        for (String reference : references) {
            String taskId = tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();
            CyclicBarrier together = new CyclicBarrier(2);
            for (int request = 0; request < 2; request++) {
                answers.add(clients.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    return secretariat.post("/api/tasks/" + taskId + "/complete", Map.of("decision", "COMPLETE"));
                }));
            }
        }
        List<Integer> codes = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        for (Future<HttpApi.Response> answer : answers) {
            HttpApi.Response response = answer.get(120, TimeUnit.SECONDS);
            codes.add(response.code());
            if (response.code() != 204 && response.code() != 409) {
                unexpected.add(response.code() + " " + response.body());
            }
        }
        clients.shutdown();

        Map<Integer, Long> answered = codes.stream().collect(Collectors.groupingBy(code -> code, TreeMap::new,
                Collectors.counting()));
        long decidedOnce = references.stream().filter(reference -> proposals.byReference(reference).getTimeline()
                .stream().filter(event -> event.getType() == ProposalEventType.CHECKED).count() == 1).count();
        long completedTasks = references.stream().filter(reference -> tasks.createTaskQuery()
                .processInstanceBusinessKey(reference).taskDefinitionKey("user_check_submission").count() == 0)
                .count();
        System.out.printf("%d tasks each completed twice at once: answers %s; %d tasks completed, %d timelines with"
                + " exactly one decision%n", TASKS, answered, completedTasks, decidedOnce);

        assertThat(answered).as("one completion and one 409 per task, never a 500; other answers: " + unexpected)
                .isEqualTo(Map.of(204, (long) TASKS, 409, (long) TASKS));
        for (int i = 0; i < codes.size(); i += 2) {
            assertThat(List.of(codes.get(i), codes.get(i + 1))).as(references.get(i / 2))
                    .containsExactlyInAnyOrder(204, 409);
        }
        assertThat(completedTasks).isEqualTo(TASKS);
        assertThat(decidedOnce).as("one decision in every timeline").isEqualTo(TASKS);

        // Withdrawn, so that the next meetings' agendas, which take 200 items, are not full of them.
        HttpApi member = HttpApi.as(port, "member");
        references.forEach(reference -> assertThat(member.post("/api/proposals/" + reference + "/withdraw",
                Map.of("reason", "Only a test of double completions")).code()).isEqualTo(200));
    }
}
