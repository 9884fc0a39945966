package org.endorse.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.endorse.NodeArguments;
import org.endorse.EndorseApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Endorse started in this JVM as an operator would run it (the demo setup, its job executor and webapps on), on a
 * random port and the given database, with the benchmark's baseline process deployed next to Endorse's.
 */
final class BenchedNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final Duration startUp;

    private BenchedNode(ConfigurableApplicationContext context, Duration startUp) {
        this.context = context;
        this.startUp = startUp;
    }

    static BenchedNode start(List<String> profiles, List<String> arguments) {
        long start = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(EndorseApplication.class)
                .profiles(profiles.toArray(String[]::new)).initializers(BaselineProcess::guardSparingTheBaseline)
                .run(NodeArguments.with(Stream.concat(Stream.of("--server.port=0"), arguments.stream())
                        .toArray(String[]::new)));
        Duration startUp = Duration.ofNanos(System.nanoTime() - start);
        BaselineProcess.deploy(context);
        return new BenchedNode(context, startUp);
    }

    /** From {@code run()} until the context was ready and its runners had run. */
    Duration startUp() {
        return startUp;
    }

    int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    DataSource dataSource() {
        return context.getBean(DataSource.class);
    }

    /** The heap this JVM uses once full collections, one after another, free nothing more. */
    static long heapUsedAfterFullGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int collections = 0; collections < 10; collections++) {
            memory.gc();
            long now = memory.getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return now;
            }
            used = now;
        }
        return used;
    }

    @Override
    public void close() {
        context.close();
    }
}
