package org.endorse.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/** How many lifecycles per second a number of concurrent clients, each running one after another, carry. */
final class Throughput {

    private Throughput() {
    }

    /**
     * The lifecycles the clients complete per second until the duration is over, counted until the last of them
     * ended. A failed lifecycle fails the benchmark.
     */
    static double lifecyclesPerSecond(int clients, Duration duration, Runnable lifecycle) throws InterruptedException {
        long start = System.nanoTime();
        long completed = runFor(clients, duration, lifecycle);
        return completed / ((System.nanoTime() - start) / 1e9);
    }

    /** Runs lifecycles, unmeasured, so that the JIT, the pools and the caches settle. */
    static void warmUp(int clients, Duration duration, Runnable lifecycle) throws InterruptedException {
        runFor(clients, duration, lifecycle);
    }

    private static long runFor(int clients, Duration duration, Runnable lifecycle) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        AtomicLong completed = new AtomicLong();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                running.add(threads.submit(() -> {
                    while (System.nanoTime() < end) {
                        lifecycle.run();
                        completed.incrementAndGet();
                    }
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } catch (ExecutionException failed) {
            throw new IllegalStateException("A lifecycle failed", failed.getCause());
        } finally {
            threads.shutdownNow();
        }
        return completed.get();
    }
}
