package org.endorse.document;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The first-page images of PDFs, one per file (table document_preview), small enough to be read whole. */
@Component
class PreviewImages {

    private final JdbcTemplate jdbc;

    PreviewImages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void save(long fileId, byte[] image) {
        jdbc.update("insert into document_preview (file_id, image) values (?, ?)", fileId, image);
    }

    Optional<byte[]> of(long fileId) {
        List<byte[]> images = jdbc.queryForList("select image from document_preview where file_id = ?",
                byte[].class, fileId);
        return images.stream().findFirst();
    }

    boolean exists(long fileId) {
        Integer count = jdbc.queryForObject("select count(*) from document_preview where file_id = ?",
                Integer.class, fileId);
        return count != null && count > 0;
    }

    void delete(long fileId) {
        jdbc.update("delete from document_preview where file_id = ?", fileId);
    }
}
