package org.endorse.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A multipart upload once read: its text fields, and its one file waiting on disk (never in memory) with the
 * name its sender gave, its size and SHA-256. Closing it deletes the file from disk, stored or not.
 */
public final class Upload implements AutoCloseable {

    private final Map<String, String> fields;
    private final Path file;
    private final String fileName;
    private final long size;
    private final String sha256;

    Upload(Map<String, String> fields, Path file, String fileName, long size, String sha256) {
        this.fields = Map.copyOf(fields);
        this.file = file;
        this.fileName = fileName;
        this.size = size;
        this.sha256 = sha256;
    }

    /** A text field, or null when it was not sent or is blank. */
    public String field(String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    Path file() {
        return file;
    }

    String fileName() {
        return fileName;
    }

    long size() {
        return size;
    }

    String sha256() {
        return sha256;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the upload's temporary file " + file, e);
        }
    }
}
