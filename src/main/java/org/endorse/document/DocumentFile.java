package org.endorse.document;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One language version of one revision of a document, with who added it and when, its size, the type detected
 * from its bytes and its SHA-256. Its bytes are in the {@link FileStore}, written once.
 */
@Entity
@Table(name = "document_file")
public class DocumentFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private Document document;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "media_type", nullable = false, length = 150)
    private String mediaType;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "content_key", nullable = false, length = 36, updatable = false)
    private String contentKey;

    @Column(name = "added_by", nullable = false, length = 64)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FileState state;

    @Column(name = "scan_signature", length = 300)
    private String scanSignature;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Column(name = "purged_by", length = 64)
    private String purgedBy;

    @Column(name = "purged_at")
    private Instant purgedAt;

    @Column(name = "purge_reason", length = 2000)
    private String purgeReason;

    protected DocumentFile() {
    }

    DocumentFile(Document document, int revision, String language, InspectedFile file, String contentKey,
            String addedBy, Instant addedAt, FileState state) {
        this.contentKey = contentKey;
        this.document = document;
        this.revision = revision;
        this.language = language;
        this.fileName = file.name();
        this.sizeBytes = file.size();
        this.mediaType = file.mediaType();
        this.sha256 = file.sha256();
        this.addedBy = addedBy;
        this.addedAt = addedAt;
        this.state = state;
    }

    void checked(FileState outcome, String signature, Instant at) {
        this.state = outcome;
        this.scanSignature = signature;
        this.checkedAt = at;
    }

    void purge(String by, Instant at, String reason) {
        this.state = FileState.PURGED;
        this.purgedBy = by;
        this.purgedAt = at;
        this.purgeReason = reason;
    }

    public Long getId() {
        return id;
    }

    public Document getDocument() {
        return document;
    }

    public int getRevision() {
        return revision;
    }

    public String getLanguage() {
        return language;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getSha256() {
        return sha256;
    }

    /** The key its bytes are kept under in the {@link FileStore}. */
    String getContentKey() {
        return contentKey;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public FileState getState() {
        return state;
    }

    public String getScanSignature() {
        return scanSignature;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public String getPurgedBy() {
        return purgedBy;
    }

    public Instant getPurgedAt() {
        return purgedAt;
    }

    public String getPurgeReason() {
        return purgeReason;
    }

    public boolean isPdf() {
        return "application/pdf".equals(mediaType);
    }
}
