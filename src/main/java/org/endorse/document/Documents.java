package org.endorse.document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.endorse.security.EndorseUser;
import org.endorse.security.Role;
import org.endorse.system.ConflictException;
import org.endorse.system.ForbiddenException;
import org.endorse.system.InvalidFieldException;
import org.endorse.system.LogText;
import org.endorse.system.NotFoundException;
import org.endorse.system.PlainText;
import org.endorse.system.Sha256;
import org.endorse.system.TooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The documents of proposals, meetings and agenda items: added, given language versions and revisions, withdrawn,
 * read and downloaded, each through the rule of what it belongs to ({@link DocumentAccess}). A file is inspected
 * on disk before anything is stored, then stored with its document in one short transaction, which also starts its
 * check (processes/document-check.bpmn): nothing half-saved, and no connection held while a file arrives.
 */
@Service
public class Documents {

    private static final Logger log = LoggerFactory.getLogger(Documents.class);

    static final int TITLE_LENGTH = 300;
    static final int REASON_LENGTH = 2000;
    /** As long as the column that keeps the signature clamd matched. */
    static final int SIGNATURE_LENGTH = 300;

    private final DocumentRepository documents;
    private final DocumentFileRepository files;
    private final FileStore store;
    private final PreviewImages previews;
    private final FileInspection inspection;
    private final DocumentSettings settings;
    private final DocumentChecks checks;
    /** Looked up when used: the owners' modules depend on this service. */
    private final ObjectProvider<DocumentAccess> owners;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Documents(DocumentRepository documents, DocumentFileRepository files, FileStore store, PreviewImages previews,
            FileInspection inspection,
            DocumentSettings settings, DocumentChecks checks, ObjectProvider<DocumentAccess> owners,
            TransactionTemplate transaction, Clock clock) {
        this.documents = documents;
        this.files = files;
        this.store = store;
        this.previews = previews;
        this.inspection = inspection;
        this.settings = settings;
        this.checks = checks;
        this.owners = owners;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Every document of an owner, withdrawn ones included, in the order they were added. */
    @Transactional(readOnly = true)
    public List<Document> of(DocumentOwner owner) {
        return documents.findByOwner(owner.type(), owner.id());
    }

    /** The documents of several owners of one type, by owner id (a meeting's agenda items, say). */
    @Transactional(readOnly = true)
    public Map<Long, List<Document>> ofEach(DocumentOwner.Type type, Collection<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return Map.of();
        }
        return documents.findByOwners(type, List.copyOf(ownerIds)).stream()
                .collect(Collectors.groupingBy(document -> document.getOwner().id()));
    }

    /** A document the user may read; 404 for one that does not exist or that the user may not read alike. */
    @Transactional(readOnly = true)
    public Document readable(EndorseUser user, long id) {
        Document document = documents.findById(id).orElseThrow(() -> notFound(id));
        requireReadable(user, document);
        document.getFiles().size();
        return document;
    }

    private void requireReadable(EndorseUser user, Document document) {
        if (!access(document.getOwner()).mayRead(user, document.getOwner().id())) {
            throw notFound(document.getId());
        }
    }

    /** A new document from an upload's fields (title, kind, language) and file. */
    public Document add(EndorseUser user, DocumentOwner owner, Upload upload) {
        String title = title(upload);
        String kind = kind(upload);
        String language = language(upload);
        InspectedFile file = inspection.inspect(upload);
        return claimingStoredBytes(file, key -> transaction.execute(status -> {
            DocumentAccess access = access(owner);
            access.checkChange(user, owner.id());
            checkTotal(owner, file.size());
            Instant now = clock.instant();
            Document document = documents.save(new Document(owner, title, kind, user.id(), now));
            DocumentFile added = store(document, 0, language, file, key, user, now);
            access.changed(change(DocumentChange.What.ADDED, document, added, user.id(), null));
            log.info("Document \"{}\" ({}) added to {} by {}: {} in {}, {} bytes", LogText.escaped(title), kind,
                    access.describe(owner.id()), user.id(), LogText.escaped(added.getFileName()), language,
                    added.getSizeBytes());
            return document;
        }));
    }

    /**
     * Writes the file's bytes to the store first, then records it in one short transaction that claims them; bytes
     * of a file the transaction refuses are deleted at once (and, after a crash between the two, later).
     */
    private <T> T claimingStoredBytes(InspectedFile file, Function<String, T> record) {
        String key;
        try {
            key = store.write(file.path());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the uploaded file " + file.path(), e);
        }
        try {
            return record.apply(key);
        } catch (RuntimeException refused) {
            store.delete(key);
            throw refused;
        }
    }

    /** Bytes no file claimed, written over an hour ago (a crash between writing and recording), are deleted. */
    @EventListener(ApplicationReadyEvent.class)
    public void forgetUnclaimedBytes() {
        int forgotten = store.forgetUnclaimed(clock.instant().minus(Duration.ofHours(1)));
        if (forgotten > 0) {
            log.info("Deleted {} piece(s) of uploads that no document claimed (uploads refused or cut off by a stop)",
                    forgotten);
        }
    }

    /** Another language version of the current revision, from an upload's language and file. */
    public Document addLanguage(EndorseUser user, long id, Upload upload) {
        return addFile(user, id, upload, false);
    }

    /** A new revision, superseding the current one, from an upload's language and file. */
    public Document revise(EndorseUser user, long id, Upload upload) {
        return addFile(user, id, upload, true);
    }

    private Document addFile(EndorseUser user, long id, Upload upload, boolean revising) {
        String language = language(upload);
        InspectedFile file = inspection.inspect(upload);
        return claimingStoredBytes(file, key -> transaction.execute(status -> {
            Document document = lockedForChange(user, id);
            DocumentAccess access = access(document.getOwner());
            if (document.isWithdrawn()) {
                throw new ConflictException("error.document.withdrawn", document.getTitle());
            }
            checkTotal(document.getOwner(), file.size());
            int revision = document.currentRevision() + (revising ? 1 : 0);
            if (!revising && document.file(revision, language).isPresent()) {
                throw new ConflictException("error.document.languageExists", document.getTitle(), language);
            }
            Instant now = clock.instant();
            DocumentFile added = store(document, revision, language, file, key, user, now);
            access.changed(change(revising ? DocumentChange.What.REVISED : DocumentChange.What.LANGUAGE_ADDED,
                    document, added, user.id(), null));
            log.info("Document \"{}\" of {}: {} by {}, {} in {} ({} bytes)", LogText.escaped(document.getTitle()),
                    access.describe(document.getOwner().id()), revising ? "revision " + revision : "language added",
                    user.id(), LogText.escaped(added.getFileName()), language, added.getSizeBytes());
            return document;
        }));
    }

    /**
     * The document, locked for a change by the user: 404 if the user may not read it; the owner's rule checked and
     * the owner locked first, then the document, in the order the circulation of papers takes them (the meeting,
     * then its papers), so that the two never wait on each other.
     */
    private Document lockedForChange(EndorseUser user, long id) {
        DocumentOwner owner = documents.ownerOf(id).orElseThrow(() -> notFound(id));
        DocumentAccess access = access(owner);
        if (!access.mayRead(user, owner.id())) {
            throw notFound(id);
        }
        access.checkChange(user, owner.id());
        return documents.lockById(id).orElseThrow(() -> notFound(id));
    }

    private DocumentFile store(Document document, int revision, String language, InspectedFile file,
            String contentKey, EndorseUser user, Instant now) {
        boolean scanned = settings.scanner().isConfigured();
        DocumentFile added = document.addFile(revision, language, file, contentKey, user.id(), now,
                scanned ? FileState.BEING_CHECKED : FileState.NOT_SCANNED);
        files.saveAndFlush(added);
        checks.start(added, scanned);
        return added;
    }

    /**
     * A document Endorse made itself (a meeting's record of decisions as it closed), kept with its SHA-256 like any
     * other; it needs no scan. In the caller's transaction: it is stored with what it records, or not at all.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Document addGenerated(DocumentOwner owner, String title, String kind, String language, String fileName,
            byte[] content) {
        Path file = null;
        try {
            file = Files.createTempFile("generated-", ".part");
            Files.write(file, content);
            InspectedFile inspected = new InspectedFile(file, fileName, content.length, inspection.detect(file),
                    Sha256.hex(content));
            String key = store.write(file);
            Instant now = clock.instant();
            Document document = documents.save(new Document(owner, title, kind, DocumentChecks.ACTOR, now));
            DocumentFile added = document.addFile(0, language, inspected, key, DocumentChecks.ACTOR, now,
                    FileState.GENERATED);
            files.saveAndFlush(added);
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the generated file " + fileName, e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // A temporary file left behind is the system's to clean.
                }
            }
        }
    }

    /** Withdraws a document added by mistake: it is hidden from lists, and stays in the record with the reason. */
    public Document withdraw(EndorseUser user, long id, String reason) {
        String why = checkedReason(reason);
        return transaction.execute(status -> {
            Document document = lockedForChange(user, id);
            DocumentAccess access = access(document.getOwner());
            if (document.isWithdrawn()) {
                throw new ConflictException("error.document.withdrawn", document.getTitle());
            }
            document.withdraw(user.id(), clock.instant(), why);
            access.changed(new DocumentChange(DocumentChange.What.WITHDRAWN, document.getOwner(), document.getId(),
                    document.getTitle(), document.getKind(), document.getSymbol().orElse(null),
                    document.currentRevision(), null, null, null, user.id(), why));
            log.info("Document \"{}\" of {} withdrawn by {}: {}", LogText.escaped(document.getTitle()),
                    access.describe(document.getOwner().id()), user.id(), LogText.escaped(why));
            return document;
        });
    }

    /**
     * Deletes a file's bytes for good (an administrator only), keeping its row with who, when and why: the one
     * exception to "nothing is ever deleted", for a file that must not be kept at all.
     */
    @Transactional
    public DocumentFile purge(EndorseUser user, long fileId, String reason) {
        if (!user.has(Role.ADMIN)) {
            throw new ForbiddenException("error.document.purgeAdminOnly");
        }
        String why = checkedReason(reason);
        DocumentFile file = files.findById(fileId).orElseThrow(() -> notFound(fileId));
        if (file.getState() == FileState.PURGED) {
            return file;
        }
        store.delete(file.getContentKey());
        previews.delete(fileId);
        file.purge(user.id(), clock.instant(), why);
        Document document = file.getDocument();
        access(document.getOwner()).changed(change(DocumentChange.What.PURGED, document, file, user.id(),
                why));
        log.warn("File {} ({}, SHA-256 {}) of document {} purged by {}: {}", fileId,
                LogText.escaped(file.getFileName()), file.getSha256(), file.getDocument().getId(), user.id(),
                LogText.escaped(why));
        return file;
    }

    /** Writes a file's bytes, a chunk at a time, outside any transaction. */
    public void download(DocumentFile file, OutputStream out) throws IOException {
        store.read(file.getContentKey(), out);
    }

    /** The file of a language and revision (the current one if none is given) of a document the user may read. */
    @Transactional(readOnly = true)
    public DocumentFile downloadable(EndorseUser user, long id, String language, Integer revision) {
        Document document = readable(user, id);
        int wanted = revision != null ? revision : document.currentRevision();
        DocumentFile file = document.file(wanted, language)
                .orElseThrow(() -> new NotFoundException("error.document.noSuchFile", document.getTitle(), language,
                        wanted));
        if (document.isWithdrawn() && !user.isStaff()) {
            throw new ConflictException("error.document.withdrawn", document.getTitle());
        }
        if (file.getState() == FileState.NOT_SCANNED && settings.scanner().isConfigured()) {
            // Stored before a scanner was configured: it waits for its scan like a new file (UnscannedFiles).
            throw new ConflictException("error.document.beingChecked", file.getFileName());
        }
        switch (file.getState()) {
            case BEING_CHECKED -> throw new ConflictException("error.document.beingChecked", file.getFileName());
            case INFECTED -> throw new ConflictException("error.document.infected", file.getFileName());
            case PURGED -> throw new ConflictException("error.document.purged", file.getFileName());
            default -> {
                return file;
            }
        }
    }

    /**
     * The kinds of the owner's documents as they stand: those that may be used now (not withdrawn, and scanned clean
     * or stored where no scanner is configured), and those whose current files are still being checked.
     */
    public record KindsOnHand(Set<String> usable, Set<String> beingChecked) {
    }

    @Transactional(readOnly = true)
    public KindsOnHand kindsOf(DocumentOwner owner) {
        List<Document> all = of(owner);
        return new KindsOnHand(all.stream().filter(Document::isUsable).map(Document::getKind).collect(Collectors.toSet()),
                all.stream().filter(Document::isBeingChecked).map(Document::getKind).collect(Collectors.toSet()));
    }

    /**
     * Gives each paper of the owners, in their order and then in the order the papers were added, the next symbol of
     * the series (RCPM/31/Doc.{sequence}); a paper that has one keeps it, and a withdrawn one gets none.
     */
    @Transactional
    public List<Document> assignSymbols(List<DocumentOwner> ownersInOrder, String series) {
        int next = documents.lastNumberOf(series);
        List<Document> numbered = new ArrayList<>();
        for (DocumentOwner owner : ownersInOrder) {
            for (Document document : documents.findByOwner(owner.type(), owner.id())) {
                if (!document.hasSymbol() && !document.isWithdrawn()) {
                    document.assignSymbol(series, ++next);
                    numbered.add(document);
                }
            }
        }
        documents.flush();
        return numbered;
    }

    /** The portal's page of what the documents belong to. */
    public String pagePathOf(DocumentOwner owner) {
        return access(owner).pagePath(owner.id());
    }

    /** Papers of agenda items taken off an agenda stay with their meeting, rather than with no owner. */
    @Transactional
    public void keepWith(DocumentOwner meeting, List<Long> agendaItems) {
        if (!agendaItems.isEmpty()) {
            documents.reassign(DocumentOwner.Type.AGENDA_ITEM, agendaItems, meeting.type(), meeting.id());
        }
    }

    /** Whether files are scanned before they may be downloaded; pages say so when not. */
    public boolean scansFiles() {
        return settings.scanner().isConfigured();
    }

    public List<String> kinds() {
        return settings.kinds();
    }

    public List<String> languages() {
        return settings.languages();
    }

    /** The kinds of document each proposal of this kind (its enum name) must carry to be submitted. */
    public List<String> requiredFor(String proposalKind) {
        return settings.requiredFor(proposalKind);
    }

    // The steps of processes/document-check.bpmn.

    @Transactional(readOnly = true)
    DocumentFile file(long fileId) {
        DocumentFile file = files.findById(fileId).orElseThrow(() -> notFound(fileId));
        file.getDocument().getTitle();
        return file;
    }

    @Transactional
    void release(long fileId) {
        DocumentFile file = files.findById(fileId).orElseThrow(() -> notFound(fileId));
        if (file.getState() == FileState.BEING_CHECKED) {
            file.checked(FileState.CLEAN, null, clock.instant());
            log.info("File {} ({}) of document {} scanned clean: it may now be downloaded", fileId,
                    LogText.escaped(file.getFileName()), file.getDocument().getId());
        }
    }

    @Transactional
    void discardInfected(long fileId, String signature) {
        DocumentFile file = files.findById(fileId).orElseThrow(() -> notFound(fileId));
        if (file.getState() != FileState.BEING_CHECKED) {
            return;
        }
        store.delete(file.getContentKey());
        String named = signature == null ? "unnamed" : signature.length() > SIGNATURE_LENGTH
                ? signature.substring(0, SIGNATURE_LENGTH) : signature;
        file.checked(FileState.INFECTED, named, clock.instant());
        Document document = file.getDocument();
        DocumentAccess access = access(document.getOwner());
        access.changed(change(DocumentChange.What.INFECTED, document, file, DocumentChecks.ACTOR, named));
        log.warn("File {} ({}, SHA-256 {}) uploaded by {} to {} holds malware ({}): deleted from quarantine",
                fileId, LogText.escaped(file.getFileName()), file.getSha256(), file.getAddedBy(),
                access.describe(document.getOwner().id()), LogText.escaped(named));
    }

    private static DocumentChange change(DocumentChange.What what, Document document, DocumentFile file,
            String actor, String detail) {
        return new DocumentChange(what, document.getOwner(), document.getId(), document.getTitle(),
                document.getKind(), document.getSymbol().orElse(null), file.getRevision(), file.getLanguage(),
                file.getFileName(), file.getSha256(), actor, detail);
    }

    private void checkTotal(DocumentOwner owner, long adding) {
        if (owner.type() != DocumentOwner.Type.PROPOSAL) {
            return;
        }
        long most = settings.maxProposalTotal().toBytes();
        if (documents.storedBytesOf(owner.type(), owner.id()) + adding > most) {
            throw new TooLargeException("error.document.proposalTotal", UploadReader.megabytes(most));
        }
    }

    /** A withdrawal's or a purge's reason, as kept: given, one text of at most REASON_LENGTH, stripped. */
    private static String checkedReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > REASON_LENGTH) {
            throw new InvalidFieldException("reason", "error.document.reason", REASON_LENGTH);
        }
        PlainText.require("reason", reason);
        return reason.strip();
    }

    private String title(Upload upload) {
        String title = upload.field("title");
        if (title == null) {
            throw new InvalidFieldException("title", "error.document.titleRequired");
        }
        if (title.length() > TITLE_LENGTH || title.contains("\n") || title.contains("\r")) {
            throw new InvalidFieldException("title", "error.document.titleLength", TITLE_LENGTH);
        }
        PlainText.require("title", title);
        return title;
    }

    private String kind(Upload upload) {
        return oneOf(upload, "kind", settings.kinds());
    }

    private String language(Upload upload) {
        return oneOf(upload, "language", settings.languages());
    }

    private static String oneOf(Upload upload, String field, List<String> allowed) {
        String value = upload.field(field);
        if (value == null || !allowed.contains(value)) {
            throw new InvalidFieldException(field, "error.document.oneOf", String.join(", ", allowed));
        }
        return value;
    }

    private DocumentAccess access(DocumentOwner owner) {
        return owners.stream().filter(access -> access.ownerType() == owner.type()).findFirst()
                .orElseThrow(() -> new IllegalStateException("No module answers for documents of " + owner.type()));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("error.document.notFound", id);
    }
}
