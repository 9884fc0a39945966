package org.endorse.meeting;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.endorse.document.DocumentController;
import org.endorse.document.DocumentOwner;
import org.endorse.document.DocumentView;
import org.endorse.document.DocumentViews;
import org.endorse.document.Documents;
import org.endorse.document.Upload;
import org.endorse.document.UploadReader;
import org.endorse.security.CurrentUser;
import org.endorse.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/meetings/{id}")
@Tag(name = "Meetings")
class MeetingDocumentController {

    private final MeetingService meetings;
    private final MeetingPapers papers;
    private final Documents documents;
    private final DocumentViews views;
    private final UploadReader uploads;
    private final CurrentUser currentUser;

    MeetingDocumentController(MeetingService meetings, MeetingPapers papers, Documents documents,
            DocumentViews views, UploadReader uploads, CurrentUser currentUser) {
        this.meetings = meetings;
        this.papers = papers;
        this.documents = documents;
        this.views = views;
        this.uploads = uploads;
        this.currentUser = currentUser;
    }

    @GetMapping("/documents")
    @Operation(summary = "List a meeting's own papers (members see them once the papers are circulated)")
    List<DocumentView> list(@PathVariable Long id) {
        return views.of(documents.of(readable(id)));
    }

    @PostMapping("/documents")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a paper to the meeting (secretariat; multipart: title, kind, language, file). Once the"
            + " papers are circulated it gets the next symbol at once",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                    schema = @Schema(implementation = DocumentController.UploadForm.class))))
    DocumentView add(@PathVariable Long id, HttpServletRequest request) throws IOException {
        DocumentOwner owner = readable(id);
        try (Upload upload = uploads.read(request)) {
            return views.of(documents.add(currentUser.get(), owner, upload));
        }
    }

    @GetMapping("/agenda/items/{itemId}/documents")
    @Operation(summary = "List the papers under an agenda item")
    List<DocumentView> listOfItem(@PathVariable Long id, @PathVariable Long itemId) {
        return views.of(documents.of(readableItem(id, itemId)));
    }

    @PostMapping("/agenda/items/{itemId}/documents")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a paper under an agenda item (secretariat; multipart: title, kind, language, file)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                    schema = @Schema(implementation = DocumentController.UploadForm.class))))
    DocumentView addToItem(@PathVariable Long id, @PathVariable Long itemId, HttpServletRequest request)
            throws IOException {
        DocumentOwner owner = readableItem(id, itemId);
        try (Upload upload = uploads.read(request)) {
            return views.of(documents.add(currentUser.get(), owner, upload));
        }
    }

    private DocumentOwner readable(Long id) {
        if (!papers.mayRead(currentUser.get(), id)) {
            throw new NotFoundException("error.document.meetingPapersHidden", id);
        }
        return DocumentOwner.meeting(id);
    }

    private DocumentOwner readableItem(Long id, Long itemId) {
        readable(id);
        Meeting meeting = meetings.meeting(id);
        meeting.itemById(itemId).orElseThrow(() -> new NotFoundException("error.meeting.noSuchItem", itemId,
                meeting.nameText()));
        return DocumentOwner.agendaItem(itemId);
    }
}
