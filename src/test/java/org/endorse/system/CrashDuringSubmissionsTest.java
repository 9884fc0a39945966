package org.endorse.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.endorse.NodeArguments;
import org.endorse.EndorseApplication;
import org.endorse.HttpApi;
import org.endorse.RealPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fault: Endorse killed with SIGKILL in the middle of 200 submissions, on its default H2 file database and on
 * PostgreSQL. After a restart on the same database, every submission answered 200 is there exactly once,
 * submitted with its process running, and nothing is half-saved: no proposal submitted without its process,
 * no process without its submitted proposal, no reference twice.
 */
class CrashDuringSubmissionsTest {

    static final int SUBMISSIONS = 200;
    /** The kill comes right after this many submissions were answered 200. */
    static final int KILL_AFTER = SUBMISSIONS / 2;
    static final int CLIENTS = 8;

    @TempDir
    Path workingDirectory;

    SeparateNode node;
    EmbeddedPostgres postgres;
    ConfigurableApplicationContext restarted;

    @AfterEach
    void stop() throws Exception {
        if (node != null) {
            node.kill();
        }
        if (restarted != null) {
            restarted.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void onTheDefaultH2DatabaseEverySubmissionAnswered200SurvivesAKill() throws Exception {
        // The node runs in a directory of its own on application.yml's H2 URL (./data/endorse), as it is shipped.
        String h2 = "--spring.datasource.url=jdbc:h2:file:" + workingDirectory.resolve("data/endorse")
                + ";DB_CLOSE_ON_EXIT=FALSE";
        crashAndRestart("H2", List.of("--spring.profiles.active=demo"), List.of(h2), "demo");
    }

    @Test
    void onPostgresEverySubmissionAnswered200SurvivesAKill() throws Exception {
        postgres = RealPostgres.start();
        List<String> connection = List.of(RealPostgres.connection(postgres));
        crashAndRestart("PostgreSQL", Stream.concat(Stream.of("--spring.profiles.active=demo,postgres"),
                connection.stream()).toList(), connection, "demo", "postgres");
    }

    private void crashAndRestart(String database, List<String> nodeArguments, List<String> restartArguments,
            String... restartProfiles) throws Exception {
        node = SeparateNode.start("crash-during-submissions-" + database, workingDirectory,
                Stream.of(nodeArguments, NodeArguments.NO_REQUIRED_DOCUMENTS, List.of(
                        "--spring.config.additional-location=file:" + Path.of("config").toAbsolutePath() + "/",
                        "--camunda.bpm.webapp.enabled=false")).flatMap(List::stream).toList());
        HttpApi member = HttpApi.as(node.port(), "member");
        List<String> drafts = concurrently(SUBMISSIONS, i -> member.post("/api/nominations", nomination(i)).json()
                .get("reference").asText());

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger unanswered = new AtomicInteger();
        concurrently(SUBMISSIONS, i -> {
            try {
                if (member.post("/api/proposals/" + drafts.get(i) + "/submit").code() == 200
                        && acknowledged.add(drafts.get(i)) && acknowledged.size() == KILL_AFTER) {
                    node.kill();
                }
            } catch (RuntimeException killed) {
                unanswered.incrementAndGet();
            }
            return null;
        });
        node.awaitDeath();
        node = null;

        restarted = new SpringApplicationBuilder(EndorseApplication.class).profiles(restartProfiles)
                .run(NodeArguments.with(Stream.concat(restartArguments.stream(), Stream.of("--server.port=0",
                        "--camunda.bpm.job-execution.enabled=false", "--camunda.bpm.webapp.enabled=false",
                        "--camunda.bpm.generate-unique-process-engine-name=true")).toArray(String[]::new)));
        JdbcTemplate jdbc = restarted.getBean(JdbcTemplate.class);

        List<Map<String, Object>> proposals = jdbc.queryForList("""
                select p.reference, p.status,
                  (select count(*) from act_ru_execution e
                    where e.business_key_ = p.reference and e.id_ = e.proc_inst_id_ and e.super_exec_ is null)
                    as processes,
                  (select count(*) from proposal_event v where v.proposal_id = p.id and v.type = 'SUBMITTED') as events
                from proposal p""");
        long present = proposals.stream().filter(row -> acknowledged.contains(row.get("reference"))
                && "SUBMITTED".equals(row.get("status")) && number(row, "processes") == 1
                && number(row, "events") == 1).count();
        long duplicated = proposals.size() - proposals.stream().map(row -> row.get("reference")).distinct().count()
                + proposals.stream().filter(row -> number(row, "processes") > 1 || number(row, "events") > 1).count();
        long halfSaved = proposals.stream().filter(row -> !isWhole(row)).count() + jdbc.queryForObject("""
                        select count(*) from act_ru_execution e
                        where e.id_ = e.proc_inst_id_ and e.super_exec_ is null and e.business_key_ like 'NOM-%'
                          and not exists (select 1 from proposal p where p.reference = e.business_key_)""", Long.class);
        long submittedUnanswered = proposals.stream().filter(row -> "SUBMITTED".equals(row.get("status"))
                && !acknowledged.contains(row.get("reference"))).count();
        System.out.printf("%s, killed during %d submissions: %d acknowledged before the kill, %d present after the"
                + " restart, %d duplicated, %d half-saved (%d unanswered by the dying node, of which %d had been"
                + " saved and %d were still drafts)%n", database, SUBMISSIONS, acknowledged.size(), present,
                duplicated, halfSaved, unanswered.get(), submittedUnanswered,
                proposals.stream().filter(row -> "DRAFT".equals(row.get("status"))).count());

        assertThat(acknowledged.size()).as("the kill came in the middle of the submissions (a few answers may"
                + " come after it was sent)").isBetween(KILL_AFTER, SUBMISSIONS - CLIENTS);
        assertThat(present).as("every submission answered 200 is there after the restart")
                .isEqualTo(acknowledged.size());
        assertThat(duplicated).as("nothing twice").isZero();
        assertThat(halfSaved).as("nothing half-saved").isZero();
        assertThat(proposals).as("no proposal lost").hasSize(SUBMISSIONS);
    }

    /** A draft without a process or a submission in its timeline, or a submitted proposal with one of each. */
    private static boolean isWhole(Map<String, Object> row) {
        long processes = number(row, "processes");
        long events = number(row, "events");
        return switch (row.get("status").toString()) {
            case "DRAFT" -> processes == 0 && events == 0;
            case "SUBMITTED" -> processes == 1 && events == 1;
            default -> false;
        };
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    interface Step<T> {
        T run(int index) throws Exception;
    }

    /** Runs the step for 0 to count - 1 from several clients at once; the results in the order of their index. */
    private static <T> List<T> concurrently(int count, Step<T> step) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<T>> results = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                results.add(clients.submit(() -> step.run(index)));
            }
            List<T> values = new ArrayList<>();
            for (Future<T> result : results) {
                values.add(result.get(120, TimeUnit.SECONDS));
            }
            return values;
        } finally {
            clients.shutdownNow();
        }
    }

    private static Map<String, Object> nomination(int index) {
        return Map.of("title", "Indonesia for seat " + index, "submittingMember", "IDN",
                "seat", Map.of("code", "ROCB-AP-HOST"),
                "term", Map.of("from", "2027-07-01", "to", "2029-06-30"), "nominatedMember", "IDN",
                "supportingStatement", "Indonesia offers its experience.");
    }
}
