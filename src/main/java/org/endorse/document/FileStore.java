package org.endorse.document;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Where the bytes of files are kept, under a content key, written once and never rewritten. A file's bytes are
 * written first, in as many transactions of their own as the store likes (so that no database holds a whole file
 * in one transaction); the short transaction that records the file then claims them by their key, and what no file
 * claims is deleted after a while ({@link #forgetUnclaimed}). {@link DatabaseFileStore} keeps them in the database,
 * so that a backup of the database holds everything; another store (one compatible with S3, say) implements this
 * interface and replaces it as a bean. Whether a file may be served is not the store's business:
 * {@link DocumentFile#getState()} decides.
 */
public interface FileStore {

    /** Keeps the file's bytes, committed before it returns, and answers the key they are kept under. */
    String write(Path source) throws IOException;

    /** Writes the bytes kept under the key to {@code out}, a piece at a time: never the whole file in memory. */
    void read(String key, OutputStream out) throws IOException;

    /** Deletes the bytes kept under the key: an infected file, a purged one, or bytes no file claimed. */
    void delete(String key);

    /** Deletes the bytes written before {@code before} that no file claims. Answers how many pieces it deleted. */
    int forgetUnclaimed(Instant before);
}
