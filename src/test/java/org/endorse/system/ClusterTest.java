package org.endorse.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.endorse.NodeArguments;
import org.endorse.ApiSteps;
import org.endorse.EndorseApplication;
import org.endorse.HttpApi;
import org.endorse.RealPostgres;
import org.endorse.ScriptlessBrowser;
import org.endorse.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two Endorse nodes on one PostgreSQL, each with its job executor running, as behind a load balancer: every
 * timer runs exactly once, and a task completed from both nodes at the same moment is completed once, the
 * other node answering 409. The job executors really run here, so the test polls for their work (with a
 * deadline) instead of firing jobs itself.
 */
class ClusterTest {

    static EmbeddedPostgres postgres;
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        postgres = RealPostgres.start();
        nodeA = node("a");
        nodeB = node("b");
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[] {nodeA, nodeB, postgres}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    @Test
    void everyTimerRunsExactlyOnceAcrossTheNodes() throws Exception {
        HttpApi member = api(nodeA, "member");
        HttpApi secretariat = api(nodeB, "secretariat");
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String reference = draftAndSubmit(member, "Timer seat " + i);
            ApiSteps.completeTask(secretariat, reference, Map.of("decision", "RETURN", "reason", "Incomplete"));
            references.add(reference);
        }

        JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> references.stream()
                .allMatch(reference -> "WITHDRAWN".equals(status(jdbc, reference))));

        for (String reference : references) {
            assertThat(jdbc.queryForObject("""
                    select count(*) from proposal_event e join proposal p on p.id = e.proposal_id
                    where p.reference = ? and e.type = 'WITHDRAWN'""", Integer.class, reference))
                    .as("the lapse of " + reference + " was recorded once").isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from act_hi_job_log where act_id_ = 'timer_return_lapsed' and job_state_ = 2""",
                Integer.class)).as("one successful execution per timer, whichever node ran it").isEqualTo(12);
    }

    @Test
    void taskCompletedFromBothNodesAtOnceIsCompletedOnceAndTheOtherNodeAnswers409() throws Exception {
        String reference = draftAndSubmit(api(nodeA, "member"), "Race seat");
        String taskId = ApiSteps.taskOf(api(nodeA, "secretariat"), reference).get("id").asText();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<Integer>> answers = new ArrayList<>();
        for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
            HttpApi secretariat = api(node, "secretariat");
            answers.add(threads.submit(() -> {
                start.await();
                return secretariat.post("/api/tasks/" + taskId + "/complete", Map.of("decision", "COMPLETE")).code();
            }));
        }
        start.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            codes.add(answer.get());
        }
        threads.shutdown();

        assertThat(codes).containsExactlyInAnyOrder(204, 409);
        JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        assertThat(status(jdbc, reference)).isEqualTo("UNDER_REVIEW");
        assertThat(jdbc.queryForObject("""
                select count(*) from proposal_event e join proposal p on p.id = e.proposal_id
                where p.reference = ? and e.type = 'CHECKED'""", Integer.class, reference)).isEqualTo(1);
    }

    /** Every node counts the same wrong passwords: a stranger cannot try five on each node behind the balancer. */
    @Test
    void wrongPasswordsOnOneNodePauseSignInWithThatNameOnTheOther() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(api(nodeA, "member", "a-guess").withHeader("X-Forwarded-For", "192.0.2.50")
                    .get("/api/proposals").code()).isEqualTo(401);
        }
        HttpApi.Response onB = api(nodeB, "member", "another-guess").withHeader("X-Forwarded-For", "192.0.2.50")
                .get("/api/proposals");
        assertThat(onB.code()).as(onB.body()).isEqualTo(429);
        assertThat(api(nodeB, "member", "demo").withHeader("X-Forwarded-For", "192.0.2.51").get("/api/proposals")
                .code()).as("from another address").isEqualTo(200);
        JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        assertThat(jdbc.queryForObject("select count(*) from login_throttle", Integer.class))
                .as("the counts are in the database both nodes share").isGreaterThanOrEqualTo(2);
    }

    /** A password reset on one node ends the user's session on the other at its next request. */
    @Test
    void aPasswordResetOnOneNodeEndsTheUsersSessionOnTheOther() throws Exception {
        int portA = Integer.parseInt(nodeA.getEnvironment().getProperty("local.server.port"));
        TestUsers.ensure(nodeB.getBean(IdentityService.class), "travelling", "member", "member-IDN");
        ScriptlessBrowser onA = new ScriptlessBrowser(portA);
        onA.logIn("travelling");
        assertThat(onA.get("/proposals").statusCode()).isEqualTo(200);

        IdentityService onB = nodeB.getBean(IdentityService.class);
        User travelling = onB.createUserQuery().userId("travelling").singleResult();
        travelling.setPassword("Reset-On-Node-B-1");
        onB.saveUser(travelling);

        assertThat(onA.get("/proposals").statusCode()).as("logged out on node A").isEqualTo(302);
    }

    private static ConfigurableApplicationContext node(String name) {
        return new SpringApplicationBuilder(EndorseApplication.class).profiles("demo", "postgres")
                .run(NodeArguments.with(Stream.concat(Stream.of(RealPostgres.connection(postgres)), Stream.of(
                        "--server.port=0",
                        "--camunda.bpm.job-execution.enabled=true",
                        "--camunda.bpm.job-execution.wait-time-in-millis=200",
                        "--camunda.bpm.job-execution.max-wait=1000",
                        "--endorse.nomination.return-lapse-period=PT2S",
                        "--camunda.bpm.generate-unique-process-engine-name=true",
                        "--camunda.bpm.webapp.enabled=false",
                        // Each node's name in the engine's job log and metrics.
                        "--camunda.bpm.generic-properties.properties.hostname=endorse-" + name))
                        .toArray(String[]::new)));
    }

    private static String draftAndSubmit(HttpApi member, String seat) {
        String reference = member.post("/api/nominations", Map.of("title", "Japan for the " + seat,
                "submittingMember", "JPN", "seat", Map.of("code", "ROCB-AP-HOST"),
                "term", Map.of("from", "2027-07-01", "to", "2029-06-30"), "nominatedMember", "JPN",
                "supportingStatement", "Japan offers its experience.")).json().get("reference").asText();
        assertThat(member.post("/api/proposals/" + reference + "/submit").code()).isEqualTo(200);
        return reference;
    }

    private static String status(JdbcTemplate jdbc, String reference) {
        return jdbc.queryForObject("select status from proposal where reference = ?", String.class, reference);
    }

    private static HttpApi api(ConfigurableApplicationContext node, String user) {
        return api(node, user, "demo");
    }

    private static HttpApi api(ConfigurableApplicationContext node, String user, String password) {
        return HttpApi.as(Integer.parseInt(node.getEnvironment().getProperty("local.server.port")), user, password);
    }
}
