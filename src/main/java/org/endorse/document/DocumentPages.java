package org.endorse.document;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.endorse.portal.PortalController;
import org.endorse.security.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The portal's side of documents: downloads and previews, and the forms that add a language version, upload a
 * revision and withdraw a document, each of which returns to the page of what the document belongs to, with what
 * was refused beside the document. Uploads carry their CSRF token in the form's address, so that their body is read
 * only by {@link UploadReader}, after the size check.
 */
@PortalController
class DocumentPages {

    private final Documents documents;
    private final UploadReader uploads;
    private final FileDownloads downloads;
    private final DocumentRefusals refusals;
    private final CurrentUser currentUser;

    DocumentPages(Documents documents, UploadReader uploads, FileDownloads downloads, DocumentRefusals refusals,
            CurrentUser currentUser) {
        this.documents = documents;
        this.uploads = uploads;
        this.downloads = downloads;
        this.refusals = refusals;
        this.currentUser = currentUser;
    }

    @GetMapping("/documents/{id}/files/{language}")
    void download(@PathVariable long id, @PathVariable String language,
            @RequestParam(required = false) Integer revision, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        downloads.send(documents.downloadable(currentUser.get(), id, language, revision), request, response);
    }

    @GetMapping("/documents/{id}/files/{language}/preview")
    ResponseEntity<byte[]> preview(@PathVariable long id, @PathVariable String language,
            @RequestParam(required = false) Integer revision) {
        return downloads.preview(currentUser.get(), id, language, revision);
    }

    @PostMapping("/documents/{id}/files")
    String addLanguage(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect, Locale locale)
            throws IOException {
        return change(id, redirect, locale, () -> {
            try (Upload upload = uploads.read(request)) {
                return documents.addLanguage(currentUser.get(), id, upload);
            }
        }, "document.languageAdded");
    }

    @PostMapping("/documents/{id}/revisions")
    String revise(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect, Locale locale)
            throws IOException {
        return change(id, redirect, locale, () -> {
            try (Upload upload = uploads.read(request)) {
                return documents.revise(currentUser.get(), id, upload);
            }
        }, "document.revised");
    }

    @PostMapping("/documents/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect,
            Locale locale) throws IOException {
        return change(id, redirect, locale, () -> documents.withdraw(currentUser.get(), id, reason),
                "document.withdrawn");
    }

    private String change(long id, RedirectAttributes redirect, Locale locale, DocumentChangeStep step,
            String notice) throws IOException {
        Document document = documents.readable(currentUser.get(), id);
        String page = documents.pagePathOf(document.getOwner());
        try {
            Document changed = step.run();
            refusals.notice(redirect, notice, locale, changed.getTitle());
        } catch (RuntimeException refused) {
            refusals.refused(redirect, refused, locale, id);
        }
        return "redirect:" + page + "#document-" + id;
    }

    @FunctionalInterface
    private interface DocumentChangeStep {
        Document run() throws IOException;
    }
}
