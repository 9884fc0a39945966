package org.endorse.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** How long a list takes to answer, one request after another from one client, over the whole HTTP round trip. */
final class ListLatency {

    /** A list as one user reads it: a path with its query, such as the 50th page of the proposals. */
    record Listing(String name, String user, String path) {
    }

    /** The percentiles of a listing's latencies, in milliseconds, and how many requests they come from. */
    record Percentiles(double p50, double p99, int requests) {
    }

    /** The lists the benchmark reads at each number of open proposals: their first pages and a page deep down. */
    static final List<Listing> LISTINGS = List.of(
            new Listing("GET /api/proposals (secretariat)", "secretariat", "/api/proposals"),
            new Listing("GET /api/proposals?page=50 (secretariat)", "secretariat", "/api/proposals?page=50"),
            new Listing("GET /api/proposals (member)", "member", "/api/proposals"),
            new Listing("GET /api/proposals?page=50 (member)", "member", "/api/proposals?page=50"),
            new Listing("GET /api/tasks (secretariat)", "secretariat", "/api/tasks"),
            new Listing("GET /api/tasks?page=50 (secretariat)", "secretariat", "/api/tasks?page=50"),
            new Listing("GET /api/notifications (secretariat)", "secretariat", "/api/notifications"),
            new Listing("GET /api/notifications?page=50 (secretariat)", "secretariat", "/api/notifications?page=50"),
            new Listing("GET /api/meetings (secretariat)", "secretariat", "/api/meetings"),
            new Listing("GET /api/register/laboratories (member)", "member", "/api/register/laboratories"),
            new Listing("GET /api/register/terms (member)", "member", "/api/register/terms"));

    private ListLatency() {
    }

    /**
     * Reads the list a few times to warm up, then up to {@code requests} times, measured; a list slow enough to
     * overrun {@code budget} is measured on the requests made by then (at least ten).
     */
    static Percentiles measure(BenchClient client, String path, int warmUp, int requests, Duration budget) {
        for (int i = 0; i < warmUp; i++) {
            client.get(path).expect(200);
        }
        long deadline = System.nanoTime() + budget.toNanos();
        double[] millis = new double[requests];
        int done = 0;
        while (done < requests && (done < 10 || System.nanoTime() < deadline)) {
            long start = System.nanoTime();
            client.get(path).expect(200);
            millis[done++] = (System.nanoTime() - start) / 1e6;
        }
        double[] measured = Arrays.copyOf(millis, done);
        Arrays.sort(measured);
        return new Percentiles(percentile(measured, 50), percentile(measured, 99), done);
    }

    /** The nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
