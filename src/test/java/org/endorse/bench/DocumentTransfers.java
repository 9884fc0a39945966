package org.endorse.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.endorse.ApiSteps;
import org.endorse.HttpApi;
import org.endorse.TestFiles;

/**
 * Uploads and downloads of documents through /api, several clients at once: each drafts a nomination, uploads its
 * files to it one after another, then downloads each; the figures are the bytes carried per second over all clients,
 * and each request's time at the 50th and 99th percentile.
 */
final class DocumentTransfers {

    record Figures(double uploadMegabytesPerSecond, double uploadP50Millis, double uploadP99Millis,
            double downloadMegabytesPerSecond, double downloadP50Millis, double downloadP99Millis) {
    }

    private DocumentTransfers() {
    }

    static Figures measure(int port, int clients, int filesPerClient, int fileBytes) throws Exception {
        byte[] file = TestFiles.pdfOfSize(fileBytes);
        HttpApi member = HttpApi.as(port, "member");
        List<String> proposals = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            proposals.add(member.post("/api/nominations", ApiSteps.NOMINATION).json().get("reference").asText());
        }
        List<Long> uploads = Collections.synchronizedList(new ArrayList<>());
        List<String> downloads = Collections.synchronizedList(new ArrayList<>());
        long uploadStart = System.nanoTime();
        everyClient(clients, client -> {
            for (int i = 0; i < filesPerClient; i++) {
                long start = System.nanoTime();
                HttpApi.Response added = member.upload("/api/proposals/" + proposals.get(client) + "/documents",
                        Map.of("title", "Annex " + i, "kind", "INFORMATION_DOCUMENT", "language", "en"),
                        "annex-" + i + ".pdf", file);
                uploads.add(System.nanoTime() - start);
                if (added.code() != 201) {
                    throw new IllegalStateException("Upload refused: " + added.body());
                }
                downloads.add(added.json().get("files").get(0).get("download").asText());
            }
        });
        double uploadSeconds = (System.nanoTime() - uploadStart) / 1e9;
        List<Long> downloadTimes = Collections.synchronizedList(new ArrayList<>());
        List<String> each = List.copyOf(downloads);
        long downloadStart = System.nanoTime();
        everyClient(clients, client -> {
            for (int i = client; i < each.size(); i += clients) {
                long start = System.nanoTime();
                HttpApi.Bytes got = member.download(each.get(i));
                downloadTimes.add(System.nanoTime() - start);
                if (got.body().length != file.length) {
                    throw new IllegalStateException("Download of " + each.get(i) + " came back with "
                            + got.body().length + " bytes, not " + file.length);
                }
            }
        });
        double downloadSeconds = (System.nanoTime() - downloadStart) / 1e9;
        double megabytes = (double) file.length * clients * filesPerClient / (1024 * 1024);
        return new Figures(megabytes / uploadSeconds, percentile(uploads, 50), percentile(uploads, 99),
                megabytes / downloadSeconds, percentile(downloadTimes, 50), percentile(downloadTimes, 99));
    }

    private interface ClientWork {
        void run(int client) throws Exception;
    }

    private static void everyClient(int clients, ClientWork work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int index = client;
                running.add(pool.submit(() -> {
                    work.run(index);
                    return null;
                }));
            }
            for (Future<?> each : running) {
                each.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static double percentile(List<Long> nanos, int percent) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
