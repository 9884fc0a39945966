package org.endorse.document;

import java.time.Instant;
import java.util.List;

/**
 * A document as the API shows it: its files newest revision first, each with its language, size, detected type,
 * SHA-256, who added it and when, whether it was checked, and where to download it. {@code scanned} is false where
 * no scanner is configured: its files were not scanned for malware.
 */
public record DocumentView(long id, String title, String kind, String kindName, String symbol, int revision,
        String revisionLabel, Withdrawal withdrawn, boolean scanned, List<FileView> files) {

    public record Withdrawal(String by, Instant at, String reason) {
    }

    public record FileView(long id, int revision, String revisionLabel, String language, String name, long size,
            String type, String sha256, String addedBy, Instant addedAt, FileState state, String signature,
            String download, String preview) {
    }

    /** The files of the current revision. */
    public List<FileView> currentFiles() {
        return files.stream().filter(file -> file.revision() == revision).toList();
    }

    /** The files of earlier revisions, newest first. */
    public List<FileView> earlierFiles() {
        return files.stream().filter(file -> file.revision() < revision).toList();
    }
}
