package org.endorse.document;

/**
 * A document added, given a language version or a revision, withdrawn, or a file of it refused as infected;
 * {@code actor} is the user, or "system" for the scan. {@code detail} is the withdrawal's reason or the
 * signature clamd matched.
 */
public record DocumentChange(What what, DocumentOwner owner, long documentId, String title, String kind,
        String symbol, int revision, String language, String fileName, String sha256, String actor, String detail) {

    public enum What {
        ADDED,
        LANGUAGE_ADDED,
        REVISED,
        WITHDRAWN,
        INFECTED,
        /** A file's bytes deleted by an administrator; {@code detail} is the reason. */
        PURGED
    }
}
