package org.endorse.document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A letter, certificate or meeting paper: a title, a kind, and its files, one per language and revision. A new
 * revision supersedes the current one and keeps every earlier one (Rev.1, Rev.2); revision 0 is the original.
 */
@Entity
@Table(name = "document")
public class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_type", nullable = false, length = 16)
    private DocumentOwner.Type ownerType;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(name = "symbol_series", length = 100)
    private String symbolSeries;

    @Column(name = "symbol_number")
    private Integer symbolNumber;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "withdrawn_by", length = 64)
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawal_reason", length = 2000)
    private String withdrawalReason;

    @Version
    private long version;

    @OneToMany(mappedBy = "document", cascade = CascadeType.PERSIST)
    @OrderBy("revision ASC, language ASC")
    private List<DocumentFile> files = new ArrayList<>();

    protected Document() {
    }

    Document(DocumentOwner owner, String title, String kind, String createdBy, Instant createdAt) {
        this.ownerType = owner.type();
        this.ownerId = owner.id();
        this.title = title;
        this.kind = kind;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    DocumentFile addFile(int revision, String language, InspectedFile file, String contentKey, String addedBy,
            Instant at, FileState state) {
        DocumentFile added = new DocumentFile(this, revision, language, file, contentKey, addedBy, at, state);
        files.add(added);
        return added;
    }

    void withdraw(String by, Instant at, String reason) {
        this.withdrawnBy = by;
        this.withdrawnAt = at;
        this.withdrawalReason = reason;
    }

    void assignSymbol(String series, int number) {
        this.symbolSeries = series;
        this.symbolNumber = number;
    }

    public Long getId() {
        return id;
    }

    public DocumentOwner getOwner() {
        return new DocumentOwner(ownerType, ownerId);
    }

    public String getTitle() {
        return title;
    }

    public String getKind() {
        return kind;
    }

    /** Its symbol, such as RCPM/31/Doc.4, once the papers of its meeting are circulated; empty otherwise. */
    public Optional<String> getSymbol() {
        return symbolSeries == null ? Optional.empty()
                : Optional.of(symbolSeries.replace(Symbols.SEQUENCE, String.valueOf(symbolNumber)));
    }

    boolean hasSymbol() {
        return symbolSeries != null;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public List<DocumentFile> getFiles() {
        return files;
    }

    /** The current revision: the latest one that has a file. */
    public int currentRevision() {
        return files.stream().mapToInt(DocumentFile::getRevision).max().orElse(0);
    }

    /** The files of the current revision, one per language. */
    public List<DocumentFile> currentFiles() {
        int current = currentRevision();
        return files.stream().filter(file -> file.getRevision() == current).toList();
    }

    Optional<DocumentFile> file(int revision, String language) {
        return files.stream().filter(file -> file.getRevision() == revision && file.getLanguage().equals(language))
                .findFirst();
    }

    /** Usable: not withdrawn, and its current revision has a file that may be downloaded. */
    public boolean isUsable() {
        return !isWithdrawn() && currentFiles().stream().anyMatch(file -> file.getState().isDownloadable());
    }

    /** Not withdrawn and still waiting for the scan of its current revision. */
    public boolean isBeingChecked() {
        return !isWithdrawn() && currentFiles().stream().anyMatch(file -> file.getState() == FileState.BEING_CHECKED);
    }

}
