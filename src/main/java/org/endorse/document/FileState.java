package org.endorse.document;

/** Where a file stands: only a clean file, or one stored where no scanner is configured, may be downloaded. */
public enum FileState {
    /** In quarantine until clamd calls it clean; never served. */
    BEING_CHECKED,
    CLEAN,
    /** Stored without a scan: no scanner is configured. */
    NOT_SCANNED,
    /** Made by Endorse itself (a record of decisions as its meeting closed): nothing to scan. */
    GENERATED,
    /** clamd found malware: its bytes are deleted, its name, checksum, uploader and the signature kept. */
    INFECTED,
    /** Deleted by an administrator, with the reason: the one exception to "nothing is ever deleted". */
    PURGED;

    public boolean isDownloadable() {
        return this == CLEAN || this == NOT_SCANNED || this == GENERATED;
    }
}
