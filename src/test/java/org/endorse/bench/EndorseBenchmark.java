package org.endorse.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.endorse.RealPostgres;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * How Endorse performs (issue 16), on H2 and then on PostgreSQL, each in a node of its own started in this JVM:
 * how long it takes to start, how much heap it holds, how many proposal lifecycles per second it carries through
 * /api compared with the bare engine through /engine-rest, and how fast its lists answer as the open proposals grow
 * from 1,000 to 100,000. Writes target/bench/results.md and results.csv; the targets are reported, not asserted.
 *
 * <p>Only {@code ./mvnw -Pbench test} runs it (no default surefire pattern matches its name), as an ordinary user:
 * PostgreSQL will not run as root. System properties change its settings, such as {@code -Dbench.timed=PT5S} or
 * {@code -Dbench.databases=PostgreSQL}; the defaults are the fields' below.
 */
class EndorseBenchmark {

    private static final Logger log = LoggerFactory.getLogger(EndorseBenchmark.class);
    private static final Path OUTPUT = Path.of("target", "bench");
    private static final double P99_TARGET_MILLIS = 100;
    private static final double RATIO_TARGET = 0.8;
    private static final double START_UP_TARGET_SECONDS = 12;
    private static final double HEAP_TARGET_MEGABYTES = 512;
    private static final int LIST_WARM_UP_REQUESTS = 20;
    private static final int DOCUMENTS_PER_CLIENT = Integer.getInteger("bench.documents", 8);
    private static final int DOCUMENT_MEGABYTES = Integer.getInteger("bench.document-megabytes", 5);

    private final List<String> databases = List.of(System.getProperty("bench.databases", "H2,PostgreSQL")
            .split(","));
    private final int clients = Integer.getInteger("bench.clients", 4);
    private final Duration warmUp = Duration.parse(System.getProperty("bench.warm-up", "PT10S"));
    private final Duration timed = Duration.parse(System.getProperty("bench.timed", "PT25S"));
    private final List<Integer> steps = Arrays.stream(System.getProperty("bench.steps", "1000,10000,100000")
            .split(",")).map(String::strip).map(Integer::valueOf).toList();
    private final int listRequests = Integer.getInteger("bench.list-requests", 200);
    private final Duration listBudget = Duration.parse(System.getProperty("bench.list-budget", "PT30S"));

    @Test
    void measuresEndorseOnH2ThenOnPostgres() throws Exception {
        Results results = new Results(String.format(Locale.ROOT, "%d clients, %d s warm-up then %d s timed per"
                + " lifecycle; per list %d warm-up requests then %d measured (or those made in %d s); steps of %s open"
                + " tasks", clients, warmUp.toSeconds(), timed.toSeconds(), LIST_WARM_UP_REQUESTS, listRequests,
                listBudget.toSeconds(), steps));
        if (databases.contains("H2")) {
            coldStarts(results);
            Path h2 = OUTPUT.resolve("h2").toAbsolutePath();
            FileSystemUtils.deleteRecursively(h2);
            // The URL of src/main/resources/application.yml, on a fresh file. Left to itself, H2 answers a query
            // repeated while no table changed from its last result, and a list read 200 times in a row would not be
            // read at all; in use, something changes between two users' requests.
            measure("H2", List.of("demo"), List.of("--spring.datasource.url=jdbc:h2:file:" + h2.resolve("endorse")
                    + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000;OPTIMIZE_REUSE_RESULTS=FALSE"),
                    results);
        }
        if (databases.contains("PostgreSQL")) {
            try (EmbeddedPostgres postgres = RealPostgres.start()) {
                measure("PostgreSQL", List.of("demo", "postgres"), List.of(RealPostgres.connection(postgres)),
                        results);
            }
        }

        results.write(OUTPUT);
        log.info("Benchmark results, also in {}:\n{}", OUTPUT.resolve("results.md").toAbsolutePath(),
                results.markdown());
        for (String database : databases) {
            assertThat(OUTPUT.resolve("results.md")).content().contains("| " + database + " |");
            assertThat(OUTPUT.resolve("results.csv")).content().contains("\n" + database + ",");
        }
    }

    /**
     * Start-up as an operator sees it, in a JVM of its own on the H2 default: the first start, which creates the
     * database and the demo members and users, then a start on that database.
     */
    private static void coldStarts(Results results) throws Exception {
        Path h2 = OUTPUT.resolve("h2-start-up").toAbsolutePath();
        FileSystemUtils.deleteRecursively(h2);
        List<String> arguments = List.of("--spring.profiles.active=demo", "--spring.datasource.url=jdbc:h2:file:"
                + h2.resolve("endorse") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000");
        log.info("H2: starting Endorse in a JVM of its own, twice");
        results.addBelow("H2", "start-up in a JVM of its own, on an empty database", ColdStart.seconds(arguments),
                "s", START_UP_TARGET_SECONDS);
        results.addBelow("H2", "start-up in a JVM of its own, on that database again", ColdStart.seconds(arguments),
                "s", START_UP_TARGET_SECONDS);
    }

    private void measure(String database, List<String> profiles, List<String> arguments, Results results)
            throws Exception {
        log.info("{}: starting Endorse", database);
        try (BenchedNode node = BenchedNode.start(profiles, arguments)) {
            // In this JVM, a node finds the classes of the one before it loaded: coldStarts times an operator's start.
            results.add(database, "start-up in the benchmark's JVM, on an empty database",
                    node.startUp().toMillis() / 1000.0, "s");
            results.add(database, "heap used after start", megabytes(BenchedNode.heapUsedAfterFullGc()), "MB");

            // Both lifecycles warm up before either is timed: timed after the other's run, one would find the JIT
            // warmer.
            Lifecycles lifecycles = new Lifecycles(node.port());
            log.info("{}: lifecycles, warming up", database);
            Throughput.warmUp(clients, warmUp, lifecycles::endorse);
            Throughput.warmUp(clients, warmUp, lifecycles::bareEngine);
            lifecycles.forgetTimes();
            log.info("{}: lifecycles through /api, then through /engine-rest", database);
            double endorse = Throughput.lifecyclesPerSecond(clients, timed, lifecycles::endorse);
            double bare = Throughput.lifecyclesPerSecond(clients, timed, lifecycles::bareEngine);
            results.add(database, "lifecycles through /api (draft, submit, find and complete the check)", endorse,
                    "/s");
            results.add(database, "lifecycles of the bare engine through /engine-rest (start, find, complete)", bare,
                    "/s");
            results.addAtLeast(database, "ratio Endorse / bare engine", endorse / bare, RATIO_TARGET);
            for (Lifecycles.Step step : Lifecycles.Step.values()) {
                results.add(database, "mean time of " + step.request + " in the lifecycles",
                        lifecycles.meanMillis(step), "ms");
            }
            results.addBelow(database, "heap used after the lifecycles",
                    megabytes(BenchedNode.heapUsedAfterFullGc()), "MB", HEAP_TARGET_MEGABYTES);

            log.info("{}: documents, {} clients uploading then downloading {} files of {} MB each", database,
                    clients, DOCUMENTS_PER_CLIENT, DOCUMENT_MEGABYTES);
            DocumentTransfers.Figures transfers = DocumentTransfers.measure(node.port(), clients, DOCUMENTS_PER_CLIENT,
                    DOCUMENT_MEGABYTES * 1024 * 1024);
            String files = DOCUMENT_MEGABYTES + " MB files, " + clients + " clients";
            results.add(database, "uploads of " + files + " (unscanned)", transfers.uploadMegabytesPerSecond(), "MB/s");
            results.add(database, "upload p50, " + files, transfers.uploadP50Millis(), "ms");
            results.add(database, "upload p99, " + files, transfers.uploadP99Millis(), "ms");
            results.add(database, "downloads of " + files, transfers.downloadMegabytesPerSecond(), "MB/s");
            results.add(database, "download p50, " + files, transfers.downloadP50Millis(), "ms");
            results.add(database, "download p99, " + files, transfers.downloadP99Millis(), "ms");
            results.addBelow(database, "heap used after the documents",
                    megabytes(BenchedNode.heapUsedAfterFullGc()), "MB", HEAP_TARGET_MEGABYTES);

            listsAsOpenProposalsGrow(database, node, lifecycles, results);
            results.addBelow(database, "heap used after the lists", megabytes(BenchedNode.heapUsedAfterFullGc()),
                    "MB", HEAP_TARGET_MEGABYTES);
        }
    }

    /**
     * At each step, copies of a real nomination waiting for its check bring the secretariat's open tasks up to the
     * step's number, then every list is read. The lifecycles left their nominations waiting for review, which the
     * proposal list counts too.
     */
    private void listsAsOpenProposalsGrow(String database, BenchedNode node, Lifecycles lifecycles, Results results)
            throws Exception {
        String template = lifecycles.submittedNomination();
        OpenProposalCopies copies = OpenProposalCopies.of(node.dataSource(), template);
        log.info("{}: each copy of {} writes {}", database, template, copies.rowsPerCopy());
        Map<String, BenchClient> users = Map.of("secretariat", BenchClient.as(node.port(), "secretariat"),
                "member", BenchClient.as(node.port(), "member"));
        BenchClient secretariat = users.get("secretariat");
        for (int step : steps) {
            Totals before = Totals.of(secretariat);
            int count = Math.toIntExact(step - before.tasks());
            assertThat(count).as("open tasks before the step of %d", step).isNotNegative();
            long start = System.nanoTime();
            copies.add(count);
            double seconds = (System.nanoTime() - start) / 1e9;
            Totals after = Totals.of(secretariat);
            assertThat(after).as("what the lists hold after copying %d open proposals", count).isEqualTo(new Totals(
                    before.tasks() + count, before.proposals() + count,
                    before.notifications() + (long) count * copies.rowsPerCopy("notification")));
            String lastCopy = copies.lastReference();
            secretariat.get("/api/tasks?proposal=" + lastCopy).expect(200).item("proposalReference", lastCopy);
            secretariat.get("/api/proposals/" + lastCopy).expect(200);

            String at = " at " + grouped(step) + " open tasks";
            log.info("{}: {} copies written in {} s; lists{}", database, count, Results.format(seconds), at);
            results.add(database, "copying " + grouped(count) + " open proposals" + at, seconds, "s");
            results.add(database, "proposals listed to the secretariat" + at, after.proposals(), "");
            results.add(database, "notifications in the outbox" + at, after.notifications(), "");
            for (ListLatency.Listing listing : ListLatency.LISTINGS) {
                ListLatency.Percentiles latency = ListLatency.measure(users.get(listing.user()), listing.path(),
                        LIST_WARM_UP_REQUESTS, listRequests, listBudget);
                String metric = listing.name() + at
                        + (latency.requests() < listRequests ? " (" + latency.requests() + " requests)" : "");
                if (step == steps.get(steps.size() - 1)) {
                    results.addLatencyBelow(database, metric, latency, P99_TARGET_MILLIS);
                } else {
                    results.addLatency(database, metric, latency);
                }
            }
        }
    }

    /** How many open tasks, proposals and notifications the secretariat's lists hold. */
    private record Totals(long tasks, long proposals, long notifications) {

        static Totals of(BenchClient secretariat) {
            return new Totals(secretariat.get("/api/tasks").expect(200).total(),
                    secretariat.get("/api/proposals").expect(200).total(),
                    secretariat.get("/api/notifications").expect(200).total());
        }
    }

    private static double megabytes(long bytes) {
        return bytes / 1048576.0;
    }

    private static String grouped(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }
}
