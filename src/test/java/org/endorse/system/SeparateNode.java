package org.endorse.system;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.endorse.EndorseApplication;
import org.endorse.HttpApi;

/**
 * Endorse in a JVM of its own, as an operator runs it, so that a test can kill it with SIGKILL as a crash
 * would. Its output goes to target/{name}.log.
 */
final class SeparateNode {

    private final Process process;
    private final int port;

    private SeparateNode(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts Endorse in the given working directory with these arguments, and waits until it is ready. */
    static SeparateNode start(String name, Path workingDirectory, List<String> arguments) throws IOException {
        return start(name, workingDirectory, List.of(), arguments);
    }

    /** The same, with options for its JVM, such as the most heap it may take. */
    static SeparateNode start(String name, Path workingDirectory, List<String> jvmOptions, List<String> arguments)
            throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java("java"),
                // C1 only: a node that starts in half the time, for a test that needs it for seconds.
                "-XX:TieredStopAtLevel=1"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath(), EndorseApplication.class.getName(), "--server.port=" + port));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
                .redirectOutput(Path.of("target", name + ".log").toAbsolutePath().toFile()).start();
        SeparateNode node = new SeparateNode(process, port);
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
                .failFast("Endorse did not start; see target/" + name + ".log", () -> !process.isAlive())
                .ignoreExceptions()
                .until(() -> HttpApi.anonymous(port).get("/actuator/health/readiness").code() == 200);
        return node;
    }

    int port() {
        return port;
    }

    /** The heap the node uses after a full garbage collection, in bytes, as the JDK's jcmd reads it. */
    long heapAfterFullCollection() throws IOException, InterruptedException {
        jcmd("GC.run");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(jcmd("GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info told no heap used");
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(java("jcmd"), String.valueOf(process.pid()), command)
                .redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + output);
        }
        return output;
    }

    /** A program of the JDK this test runs on, such as java or jcmd. */
    private static String java(String program) {
        return ProcessHandle.current().info().command().map(java -> Path.of(java).resolveSibling(program).toString())
                .orElse(program);
    }

    /** SIGKILL: the JVM ends at once, without closing anything. */
    void kill() {
        process.destroyForcibly();
    }

    void awaitDeath() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** This JVM's class path, each entry once and absolute (Camunda would deploy a process found twice twice). */
    private static String classPath() {
        return String.join(File.pathSeparator, Arrays.stream(System.getProperty("java.class.path")
                .split(File.pathSeparator)).map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
