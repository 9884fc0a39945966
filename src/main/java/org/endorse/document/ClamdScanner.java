package org.endorse.document;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

/**
 * Scans a stored file with ClamAV's daemon over TCP, with its INSTREAM command: the bytes go to clamd in chunks,
 * straight from the {@link FileStore}, and clamd answers "stream: OK" or "stream: {signature} FOUND". Anything else
 * (no connection, a time-out, "INSTREAM size limit exceeded. ERROR") leaves the file unscanned, to be tried again:
 * clamd must be configured with StreamMaxLength above the document limit.
 */
@Component
class ClamdScanner {

    private final DocumentSettings.Scanner settings;
    private final FileStore store;

    ClamdScanner(DocumentSettings settings, FileStore store) {
        this.settings = settings.scanner();
        this.store = store;
    }

    /** Scans the bytes kept under the key. */
    ScanVerdict scan(String contentKey) {
        int timeout = (int) settings.timeout().toMillis();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(settings.host(), settings.port()), timeout);
            socket.setSoTimeout(timeout);
            DataOutputStream clamd = new DataOutputStream(socket.getOutputStream());
            clamd.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            // Each piece the store writes goes to clamd as one chunk: its length, then its bytes.
            store.read(contentKey, new FilterOutputStream(clamd) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    clamd.writeInt(length);
                    clamd.write(bytes, offset, length);
                }

                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }
            });
            clamd.writeInt(0);
            clamd.flush();
            return verdict(reply(socket.getInputStream()));
        } catch (IOException unreachable) {
            return ScanVerdict.unavailable("clamd at " + settings.host() + ":" + settings.port() + ": "
                    + unreachable.getMessage());
        }
    }

    private static String reply(InputStream in) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) > 0 && reply.size() < 4096) {
            reply.write(b);
        }
        return reply.toString(StandardCharsets.US_ASCII).strip();
    }

    static ScanVerdict verdict(String reply) {
        if (reply.equals("stream: OK")) {
            return ScanVerdict.clean();
        }
        if (reply.startsWith("stream: ") && reply.endsWith(" FOUND")) {
            return ScanVerdict.infected(reply.substring("stream: ".length(), reply.length() - " FOUND".length()));
        }
        return ScanVerdict.unavailable("clamd answered \"" + reply + "\"");
    }
}
