package org.endorse.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files in the database as chunks of {@value #CHUNK_BYTES} bytes (table document_chunk), through plain JDBC: a JPA
 * @Lob would have the PostgreSQL driver read a whole bytea into memory. Chunks are written {@value #CHUNKS_AT_ONCE}
 * at a time (1 MB), each batch in a transaction of its own: an embedded H2 keeps a transaction's writes in its heap
 * and writes them out in one piece when it commits, and a file of 25 MB in one transaction could not be written
 * with 256 MB of heap while other files came and went. They are read back 1 MB per query, each on a connection
 * borrowed for that query only, so that a slow download holds neither a connection nor the file.
 */
@Component
class DatabaseFileStore implements FileStore {

    static final int CHUNK_BYTES = 64 * 1024;
    static final int CHUNKS_AT_ONCE = 16;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate eachBatch;
    private final Clock clock;

    DatabaseFileStore(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.eachBatch = new TransactionTemplate(transactions);
        this.eachBatch.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public String write(Path source) throws IOException {
        String key = UUID.randomUUID().toString();
        try (InputStream in = Files.newInputStream(source)) {
            int sequence = 0;
            List<Object[]> batch = new ArrayList<>(CHUNKS_AT_ONCE);
            byte[] chunk;
            while ((chunk = in.readNBytes(CHUNK_BYTES)).length > 0) {
                batch.add(new Object[] {key, sequence++, chunk, Timestamp.from(clock.instant())});
                if (batch.size() == CHUNKS_AT_ONCE) {
                    insert(batch);
                }
            }
            insert(batch);
        } catch (IOException | RuntimeException failed) {
            delete(key);
            throw failed;
        }
        return key;
    }

    private void insert(List<Object[]> batch) {
        if (!batch.isEmpty()) {
            eachBatch.executeWithoutResult(status -> jdbc.batchUpdate("insert into document_chunk (content_key,"
                    + " sequence, bytes, written_at) values (?, ?, ?, ?)", batch));
            batch.clear();
        }
    }

    @Override
    public void read(String key, OutputStream out) throws IOException {
        Integer chunks = jdbc.queryForObject("select count(*) from document_chunk where content_key = ?",
                Integer.class, key);
        try {
            for (int first = 0; first < chunks; first += CHUNKS_AT_ONCE) {
                jdbc.query("select bytes from document_chunk where content_key = ? and sequence >= ? and sequence < ?"
                        + " order by sequence", row -> {
                            try {
                                out.write(row.getBytes(1));
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }, key, first, first + CHUNKS_AT_ONCE);
            }
        } catch (UncheckedIOException writing) {
            throw writing.getCause();
        }
    }

    @Override
    public void delete(String key) {
        jdbc.update("delete from document_chunk where content_key = ?", key);
    }

    @Override
    public int forgetUnclaimed(Instant before) {
        return jdbc.update("delete from document_chunk c where c.written_at < ? and not exists (select 1 from"
                + " document_file f where f.content_key = c.content_key)", Timestamp.from(before));
    }
}
