package org.endorse.document;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;

import org.endorse.TestFiles;
import org.junit.jupiter.api.Assumptions;

/**
 * A real ClamAV daemon for the tests (Debian's clamav-daemon), started in the foreground on a free local port, with a
 * database directory of its own that holds one signature, written here: the EICAR test file's. freshclam is never
 * run, and no signature is committed. Tests that need it are skipped where clamd is not installed; .ci/run
 * installs it and fails if they were.
 */
final class Clamd {

    static final Path EXECUTABLE = Path.of("/usr/sbin/clamd");
    static final String EICAR_SIGNATURE = "Eicar-Test-Signature";

    private final int port;
    private final Path directory;
    private Process process;

    private Clamd(int port, Path directory) {
        this.port = port;
        this.directory = directory;
    }

    /** A daemon ready to start on a free port, or the test skipped where clamd is not installed. */
    static Clamd onAFreePort() {
        Assumptions.assumeTrue(Files.isExecutable(EXECUTABLE), "clamd is not installed (apt-get install clamav-daemon)");
        try (ServerSocket free = new ServerSocket(0)) {
            return new Clamd(free.getLocalPort(), Files.createTempDirectory("clamd-"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    int port() {
        return port;
    }

    /** Starts clamd and waits until it answers PING. */
    synchronized void start() {
        try {
            Path database = Files.createDirectories(directory.resolve("database"));
            byte[] eicar = TestFiles.eicar();
            String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(eicar));
            Files.writeString(database.resolve("endorse-test.hdb"), md5 + ":" + eicar.length + ":" + EICAR_SIGNATURE
                    + "\n");
            Path config = directory.resolve("clamd.conf");
            // StreamMaxLength above the document limit, and AlertExceedsMax: nothing passes unscanned for its size.
            Files.writeString(config, String.join("\n",
                    "Foreground yes",
                    "TCPSocket " + port,
                    "TCPAddr 127.0.0.1",
                    "DatabaseDirectory " + database,
                    "TemporaryDirectory " + directory,
                    "LogFile " + directory.resolve("clamd.log"),
                    "PidFile " + directory.resolve("clamd.pid"),
                    "StreamMaxLength 30M",
                    "MaxFileSize 30M",
                    "MaxScanSize 100M",
                    "AlertExceedsMax yes",
                    "") );
            process = new ProcessBuilder(EXECUTABLE.toString(), "--config-file=" + config)
                    .redirectErrorStream(true).redirectOutput(directory.resolve("clamd.out").toFile()).start();
        } catch (Exception e) {
            throw new IllegalStateException("Could not start clamd", e);
        }
        Process started = process;
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .failFast("clamd did not start; see " + directory.resolve("clamd.out"), () -> !started.isAlive())
                .until(this::answersPing);
    }

    synchronized void stop() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    private boolean answersPing() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            socket.setSoTimeout(2000);
            OutputStream out = socket.getOutputStream();
            out.write("zPING\0".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readNBytes(4), StandardCharsets.US_ASCII).equals("PONG");
        } catch (IOException notYet) {
            return false;
        }
    }
}
