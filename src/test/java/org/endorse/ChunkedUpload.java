package org.endorse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A client that sends a body of any size without announcing its length (Transfer-Encoding: chunked), over a
 * plain socket, as fast as the server takes it, and reads the answer meanwhile. Like any HTTP client it stops
 * sending once the answer has come, so the bytes it sent show how much the server read before answering.
 */
public final class ChunkedUpload {

    private static final int CHUNK = 64 * 1024;

    /** The status the server answered (0 if none), its head, and how many bytes of the body were sent. */
    public record Outcome(int status, String head, long bytesSent) {
    }

    private ChunkedUpload() {
    }

    /**
     * Sends {@code start}, then {@code filler} until the body has {@code size} bytes, then ends the body, unless the
     * server answers or closes first.
     */
    public static Outcome send(int port, String method, String path, Map<String, String> headers, String start,
            byte filler, long size) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port
                    + "\r\nTransfer-Encoding: chunked\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> readHead(socket));

            long sent = 0;
            byte[] chunk = new byte[CHUNK];
            Arrays.fill(chunk, filler);
            byte[] first = start.getBytes(StandardCharsets.UTF_8);
            try {
                writeChunk(out, first, first.length);
                sent += first.length;
                while (sent < size && !answer.isDone()) {
                    int length = (int) Math.min(CHUNK, size - sent);
                    writeChunk(out, chunk, length);
                    sent += length;
                }
                if (!answer.isDone()) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                }
            } catch (IOException closedByTheServer) {
                // it answered and closed the connection while the body was still coming
            }
            String response = answer.get(120, TimeUnit.SECONDS);
            int status = response.startsWith("HTTP/1.1 ") ? Integer.parseInt(response.substring(9, 12)) : 0;
            return new Outcome(status, response, sent);
        }
    }

    private static void writeChunk(OutputStream out, byte[] bytes, int length) throws IOException {
        out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes, 0, length);
        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The status line and headers of the answer, and as much of its body as comes before the connection closes. */
    private static String readHead(Socket socket) {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        try {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            int n;
            while (read.size() < 64 * 1024 && (n = in.read(buffer)) != -1) {
                read.write(buffer, 0, n);
                if (read.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
                    break;
                }
            }
        } catch (IOException reset) {
            // what was read before the connection was reset is the answer
        }
        return read.toString(StandardCharsets.ISO_8859_1);
    }
}
