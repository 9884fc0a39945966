package org.endorse.document;

import java.util.Comparator;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Documents as their readers see them, kinds named in the reader's language. */
@Component
public class DocumentViews {

    private final MessageSource messages;
    private final PreviewImages previews;
    private final DocumentSettings settings;

    DocumentViews(MessageSource messages, PreviewImages previews, DocumentSettings settings) {
        this.messages = messages;
        this.previews = previews;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public DocumentView of(Document document) {
        int current = document.currentRevision();
        List<DocumentView.FileView> files = document.getFiles().stream()
                .sorted(Comparator.comparingInt(DocumentFile::getRevision).reversed()
                        .thenComparing(file -> settings.languages().indexOf(file.getLanguage())))
                .map(file -> file(document, file)).toList();
        return new DocumentView(document.getId(), document.getTitle(), document.getKind(), kindName(document.getKind()),
                document.getSymbol().orElse(null), current, Symbols.revisionLabel(current),
                document.isWithdrawn() ? new DocumentView.Withdrawal(document.getWithdrawnBy(),
                        document.getWithdrawnAt(), document.getWithdrawalReason()) : null,
                settings.scanner().isConfigured(), files);
    }

    public List<DocumentView> of(List<Document> documents) {
        return documents.stream().map(this::of).toList();
    }

    /** The kind in the reader's language: "Letter of nomination". */
    public String kindName(String kind) {
        return messages.getMessage("document.kind." + kind, null, kind, LocaleContextHolder.getLocale());
    }

    private DocumentView.FileView file(Document document, DocumentFile file) {
        String address = "/api/documents/" + document.getId() + "/files/" + file.getLanguage() + "?revision="
                + file.getRevision();
        // A withdrawn document is listed, marked, without links; a file stored before a scanner was configured
        // waits for its scan.
        boolean downloadable = file.getState().isDownloadable() && !document.isWithdrawn()
                && !(file.getState() == FileState.NOT_SCANNED && settings.scanner().isConfigured());
        String preview = downloadable && file.isPdf() && previews.exists(file.getId())
                ? "/api/documents/" + document.getId() + "/files/" + file.getLanguage() + "/preview?revision="
                        + file.getRevision()
                : null;
        return new DocumentView.FileView(file.getId(), file.getRevision(), Symbols.revisionLabel(file.getRevision()),
                file.getLanguage(), file.getFileName(), file.getSizeBytes(), file.getMediaType(), file.getSha256(),
                file.getAddedBy(), file.getAddedAt(), file.getState(), file.getScanSignature(),
                downloadable ? address : null, preview);
    }
}
