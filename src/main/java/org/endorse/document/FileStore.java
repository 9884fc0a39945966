package org.endorse.document;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Where the bytes of files are kept, by file id, written once and never rewritten. {@link DatabaseFileStore}
 * keeps them in the database, so that a backup of the database holds everything; another store (one compatible
 * with S3, say) implements this interface and replaces it as a bean. Whether a file may be served is not the
 * store's business: {@link DocumentFile#getState()} decides.
 */
public interface FileStore {

    /** Keeps the file's bytes, in the caller's transaction. */
    void write(long fileId, Path source) throws IOException;

    /** Writes the file's bytes to {@code out}, a piece at a time: never the whole file in memory. */
    void read(long fileId, OutputStream out) throws IOException;

    /** Deletes the bytes of an infected file or one an administrator purges, in the caller's transaction. */
    void delete(long fileId);
}
