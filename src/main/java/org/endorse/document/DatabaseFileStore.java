package org.endorse.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Files in the database as chunks of {@value #CHUNK_BYTES} bytes (table document_chunk), through plain JDBC: a JPA
 * @Lob would have the PostgreSQL driver read a whole bytea into memory. Chunks are small because an embedded H2
 * keeps a leaf of its tables, up to 48 rows whatever their size, as one page in its heap: rows of 1 MB made pages
 * of 25 MB and more, which 256 MB of heap could not hold. They are written and read {@value #CHUNKS_AT_ONCE} at a
 * time (1 MB), each read on a connection borrowed for that query only, so that a slow download holds neither a
 * connection nor the file.
 */
@Component
class DatabaseFileStore implements FileStore {

    static final int CHUNK_BYTES = 64 * 1024;
    static final int CHUNKS_AT_ONCE = 16;

    private final JdbcTemplate jdbc;

    DatabaseFileStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void write(long fileId, Path source) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            int sequence = 0;
            List<Object[]> batch = new ArrayList<>(CHUNKS_AT_ONCE);
            byte[] chunk;
            while ((chunk = in.readNBytes(CHUNK_BYTES)).length > 0) {
                batch.add(new Object[] {fileId, sequence++, chunk});
                if (batch.size() == CHUNKS_AT_ONCE) {
                    insert(batch);
                }
            }
            insert(batch);
        }
    }

    private void insert(List<Object[]> batch) {
        if (!batch.isEmpty()) {
            jdbc.batchUpdate("insert into document_chunk (file_id, sequence, bytes) values (?, ?, ?)", batch);
            batch.clear();
        }
    }

    @Override
    public void read(long fileId, OutputStream out) throws IOException {
        Integer chunks = jdbc.queryForObject("select count(*) from document_chunk where file_id = ?", Integer.class,
                fileId);
        try {
            for (int first = 0; first < chunks; first += CHUNKS_AT_ONCE) {
                jdbc.query("select bytes from document_chunk where file_id = ? and sequence >= ? and sequence < ?"
                        + " order by sequence", row -> {
                            try {
                                out.write(row.getBytes(1));
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }, fileId, first, first + CHUNKS_AT_ONCE);
            }
        } catch (UncheckedIOException writing) {
            throw writing.getCause();
        }
    }

    @Override
    public void delete(long fileId) {
        jdbc.update("delete from document_chunk where file_id = ?", fileId);
    }
}
