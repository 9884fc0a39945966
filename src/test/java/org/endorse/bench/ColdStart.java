package org.endorse.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.endorse.EndorseApplication;

/**
 * Endorse started in a JVM of its own, as an operator starts it: how long from the JVM's start until Endorse is
 * started, as Spring Boot itself logs it ("Started EndorseApplication in 9.8 seconds (process running for 11.2)").
 * Measured in the benchmark's own JVM, a start would find the classes of an earlier one loaded and compiled.
 */
final class ColdStart {

    private static final Pattern STARTED = Pattern.compile(
            "Started EndorseApplication in [0-9.]+ seconds \\(process running for ([0-9.]+)\\)");

    private ColdStart() {
    }

    /**
     * This JVM's class path without its empty entries: an empty entry is the working directory, whose processes/
     * folder would be deployed a second time next to the class path's copy.
     */
    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).collect(Collectors.joining(File.pathSeparator));
    }

    /** The seconds the JVM ran until Endorse was started with these arguments; the node is stopped after. */
    static double seconds(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", classPath(), EndorseApplication.class.getName(),
                "--server.port=0"));
        command.addAll(arguments);
        Process node = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader log = new BufferedReader(new InputStreamReader(node.getInputStream(),
                StandardCharsets.UTF_8))) {
            Deque<String> lastLines = new ArrayDeque<>();
            for (String line = log.readLine(); line != null; line = log.readLine()) {
                Matcher started = STARTED.matcher(line);
                if (started.find()) {
                    return Double.parseDouble(started.group(1));
                }
                lastLines.addLast(line);
                if (lastLines.size() > 40) {
                    lastLines.removeFirst();
                }
            }
            throw new IllegalStateException("Endorse stopped before it started (exit " + node.waitFor() + "), its log"
                    + " ending:\n" + String.join("\n", lastLines));
        } finally {
            node.destroy();
            if (!node.waitFor(60, TimeUnit.SECONDS)) {
                node.destroyForcibly();
            }
        }
    }
}
