package org.endorse.document;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.endorse.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/documents")
@Tag(name = "Documents", description = "Letters, certificates and meeting papers: read, download, add a language"
        + " version or a revision, withdraw. A document is read by whoever may read what it belongs to.")
public class DocumentController {

    private final Documents documents;
    private final DocumentViews views;
    private final UploadReader uploads;
    private final FileDownloads downloads;
    private final CurrentUser currentUser;

    DocumentController(Documents documents, DocumentViews views, UploadReader uploads, FileDownloads downloads,
            CurrentUser currentUser) {
        this.documents = documents;
        this.views = views;
        this.uploads = uploads;
        this.downloads = downloads;
        this.currentUser = currentUser;
    }

    /** An upload's form, for OpenAPI: the fields a new document takes ({@code language} and {@code file} alone for a
     * language version or a revision). */
    @Schema(name = "DocumentUpload")
    public record UploadForm(@Schema(description = "The document's title") String title,
            @Schema(description = "Its kind, one of endorse.documents.kinds") String kind,
            @Schema(description = "The language of this file, one of endorse.documents.languages") String language,
            @Schema(type = "string", format = "binary", description = "The file: PDF, Office Open XML or OpenDocument"
                    + " without macros, PNG, JPEG or plain text, at most endorse.documents.max-file-size") String file) {
    }

    public record ReasonRequest(@NotBlank @Size(max = Documents.REASON_LENGTH) String reason) {
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a document with its files, every language and revision")
    DocumentView read(@PathVariable long id) {
        return views.of(documents.readable(currentUser.get(), id));
    }

    @PostMapping("/{id}/files")
    @Operation(summary = "Add a language version to the current revision (multipart: language, file)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                    schema = @Schema(implementation = UploadForm.class))))
    DocumentView addLanguage(@PathVariable long id, HttpServletRequest request) throws IOException {
        try (Upload upload = uploads.read(request)) {
            return views.of(documents.addLanguage(currentUser.get(), id, upload));
        }
    }

    @PostMapping("/{id}/revisions")
    @Operation(summary = "Revise the document: a new revision (Rev.1, Rev.2) supersedes the current one, which is"
            + " kept (multipart: language, file); add its other languages with /files",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                    schema = @Schema(implementation = UploadForm.class))))
    DocumentView revise(@PathVariable long id, HttpServletRequest request) throws IOException {
        try (Upload upload = uploads.read(request)) {
            return views.of(documents.revise(currentUser.get(), id, upload));
        }
    }

    @GetMapping("/{id}/files/{language}")
    @Operation(summary = "Download a file: the current revision in a language, or an earlier one (?revision=1)."
            + " 409 while it is being checked for malware")
    void download(@PathVariable long id, @PathVariable String language,
            @RequestParam(required = false) Integer revision, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        downloads.send(documents.downloadable(currentUser.get(), id, language, revision), request, response);
    }

    @GetMapping(path = "/{id}/files/{language}/preview", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "The first page of a PDF, as a PNG image, once rendered")
    ResponseEntity<byte[]> preview(@PathVariable long id, @PathVariable String language,
            @RequestParam(required = false) Integer revision) {
        return downloads.preview(currentUser.get(), id, language, revision);
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw a document added by mistake, with the reason: it stays in the record, marked"
            + " withdrawn")
    DocumentView withdraw(@PathVariable long id, @Valid @RequestBody ReasonRequest body) {
        return views.of(documents.withdraw(currentUser.get(), id, body.reason()));
    }

    @PostMapping("/files/{fileId}/purge")
    @Operation(summary = "Delete a file's bytes for good, with the reason (administrators only; recorded)")
    PurgedFile purge(@PathVariable long fileId, @Valid @RequestBody ReasonRequest body) {
        DocumentFile purged = documents.purge(currentUser.get(), fileId, body.reason());
        return new PurgedFile(purged.getId(), purged.getFileName(), purged.getSha256(), purged.getPurgedBy(),
                purged.getPurgedAt(), purged.getPurgeReason());
    }

    /** What remains of a purged file: its name and checksum, who purged it, when and why. */
    public record PurgedFile(long id, String name, String sha256, String purgedBy, java.time.Instant purgedAt,
            String reason) {
    }
}
