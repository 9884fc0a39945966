package org.endorse.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.endorse.ApiSteps;
import org.endorse.HttpApi;
import org.endorse.NodeArguments;
import org.endorse.RealPostgres;
import org.endorse.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault suite: documents of the largest size Endorse takes, eight uploaded and eight downloaded at once, by a node
 * with 256 MB of heap, on H2 and on PostgreSQL. Every request succeeds, every file comes back whole, and the node
 * never runs out of memory: uploads go to disk as they arrive, and files go to and from the database a chunk of
 * 1 MB at a time.
 */
class DocumentsInLittleMemoryTest {

    private static final int AT_ONCE = 8;
    private static final int LARGEST = 25 * 1024 * 1024 - 4096;

    @TempDir
    Path workingDirectory;

    SeparateNode node;
    EmbeddedPostgres postgres;

    @AfterEach
    void stop() throws Exception {
        if (node != null) {
            node.awaitDeath();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void onH2() throws Exception {
        node = start("documents-little-memory-h2", List.of("--spring.profiles.active=demo",
                "--spring.datasource.url=jdbc:h2:file:" + workingDirectory.resolve("data/endorse")
                        + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"));
        eightUploadsAndEightDownloadsAtOnceAllSucceed("documents-little-memory-h2");
    }

    @Test
    void onPostgres() throws Exception {
        postgres = RealPostgres.start();
        node = start("documents-little-memory-postgres", Stream.concat(Stream.of("--spring.profiles.active=demo,postgres"),
                Stream.of(RealPostgres.connection(postgres))).toList());
        eightUploadsAndEightDownloadsAtOnceAllSucceed("documents-little-memory-postgres");
    }

    private SeparateNode start(String name, List<String> arguments) throws Exception {
        return SeparateNode.start(name, workingDirectory, List.of("-Xmx256m"), Stream.of(arguments,
                NodeArguments.NO_REQUIRED_DOCUMENTS, List.of("--spring.config.additional-location=file:"
                        + Path.of("config").toAbsolutePath() + "/")).flatMap(List::stream).toList());
    }

    private void eightUploadsAndEightDownloadsAtOnceAllSucceed(String name) throws Exception {
        HttpApi member = HttpApi.as(node.port(), "member");
        byte[] largest = TestFiles.pdfOfSize(LARGEST);
        HttpApi.Response first = upload(member, largest);
        assertThat(first.code()).as(first.body()).isEqualTo(201);
        String stored = first.json().get("files").get(0).get("download").asText();

        List<Callable<String>> requests = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            requests.add(() -> {
                HttpApi.Response added = upload(member, largest);
                return added.code() == 201 ? "uploaded" : "upload answered " + added.code() + ": " + added.body();
            });
            requests.add(() -> {
                HttpApi.Bytes file = member.download(stored);
                return file.code() == 200 && file.body().length == largest.length ? "downloaded"
                        : "download answered " + file.code() + " with " + file.body().length + " bytes";
            });
        }
        ExecutorService clients = Executors.newFixedThreadPool(requests.size());
        List<String> outcomes = new ArrayList<>();
        try {
            for (Future<String> outcome : clients.invokeAll(requests)) {
                outcomes.add(outcome.get());
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(outcomes).containsOnly("uploaded", "downloaded").hasSize(2 * AT_ONCE);
        assertThat(Files.readString(Path.of("target", name + ".log"))).doesNotContain("OutOfMemoryError");
        assertThat(HttpApi.anonymous(node.port()).get("/actuator/health/readiness").code()).isEqualTo(200);
    }

    /** Each upload to a proposal of its own, so that no proposal passes its total. */
    private static HttpApi.Response upload(HttpApi member, byte[] file) {
        String reference = member.post("/api/nominations", ApiSteps.NOMINATION).json().get("reference").asText();
        return member.upload("/api/proposals/" + reference + "/documents",
                Map.of("title", "Annex", "kind", "INFORMATION_DOCUMENT", "language", "en"), "annex.pdf", file);
    }
}
