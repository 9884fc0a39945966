package org.endorse.proposal;

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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/proposals/{reference}/documents")
@Tag(name = "Proposals")
class ProposalDocumentController {

    private final ProposalService proposals;
    private final Documents documents;
    private final DocumentViews views;
    private final UploadReader uploads;
    private final CurrentUser currentUser;

    ProposalDocumentController(ProposalService proposals, Documents documents, DocumentViews views,
            UploadReader uploads, CurrentUser currentUser) {
        this.proposals = proposals;
        this.documents = documents;
        this.views = views;
        this.uploads = uploads;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "List a proposal's documents, withdrawn ones included (marked)")
    List<DocumentView> list(@PathVariable String reference) {
        Proposal proposal = proposals.visible(currentUser.get(), reference);
        return views.of(documents.of(DocumentOwner.proposal(proposal.getId())));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a document to a proposal (multipart: title, kind, language, file): its drafter while it"
            + " is a draft or returned for amendment, the secretariat until its last step",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                    schema = @Schema(implementation = DocumentController.UploadForm.class))))
    DocumentView add(@PathVariable String reference, HttpServletRequest request) throws IOException {
        Proposal proposal = proposals.visible(currentUser.get(), reference);
        try (Upload upload = uploads.read(request)) {
            return views.of(documents.add(currentUser.get(), DocumentOwner.proposal(proposal.getId()), upload));
        }
    }
}
