package org.endorse.proposal;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.endorse.document.DocumentAccess;
import org.endorse.document.DocumentChange;
import org.endorse.document.DocumentOwner;
import org.endorse.document.Documents;
import org.endorse.security.EndorseUser;
import org.endorse.security.Role;
import org.endorse.system.ConflictException;
import org.endorse.system.ForbiddenException;
import org.endorse.system.InvalidFieldException;
import org.endorse.system.Texts;
import org.springframework.stereotype.Component;

/**
 * The documents of proposals: read by whoever may read the proposal (ProposalVisibility); added, revised and
 * withdrawn by its drafter while it is a draft or returned for amendment, and by the secretariat from its
 * submission until its last step (the adoption of a ToR, the recognition of a laboratory, the election of a
 * nomination, or its endorsement where no body elects). Every change is in the proposal's timeline.
 */
@Component
class ProposalDocuments implements DocumentAccess {

    /** The field that names missing documents, in the API's problems and beside the portal's submit button. */
    static final String FIELD = "documents";

    private final ProposalRepository proposals;
    private final Documents documents;
    private final Clock clock;

    ProposalDocuments(ProposalRepository proposals, Documents documents, Clock clock) {
        this.proposals = proposals;
        this.documents = documents;
        this.clock = clock;
    }

    @Override
    public DocumentOwner.Type ownerType() {
        return DocumentOwner.Type.PROPOSAL;
    }

    @Override
    public boolean mayRead(EndorseUser user, long ownerId) {
        return proposals.findById(ownerId).map(proposal -> ProposalVisibility.mayRead(user, proposal)).orElse(false);
    }

    @Override
    public void checkChange(EndorseUser user, long ownerId) {
        Proposal proposal = proposals.findById(ownerId).orElseThrow();
        proposals.lockByReference(proposal.getReference());
        if (ProposalVisibility.isDrafter(user, proposal) && proposal.getStatus().isEditable()) {
            return;
        }
        if (user.has(Role.SECRETARIAT) && proposal.isSubmitted()) {
            if (proposal.getClosedAt() != null) {
                throw new ConflictException("error.document.proposalClosed", proposal.getReference(),
                        proposal.getStatus().descriptionText());
            }
            return;
        }
        if (ProposalVisibility.isDrafter(user, proposal)) {
            throw new ConflictException("error.document.proposalNotEditable", proposal.getReference(),
                    proposal.getStatus().descriptionText());
        }
        throw new ForbiddenException("error.document.notYours", proposal.getReference());
    }

    @Override
    public void changed(DocumentChange change) {
        Proposal proposal = proposals.findById(change.owner().id()).orElseThrow();
        ProposalEventType type = switch (change.what()) {
            case ADDED, LANGUAGE_ADDED -> ProposalEventType.DOCUMENT_ADDED;
            case REVISED -> ProposalEventType.DOCUMENT_REVISED;
            case WITHDRAWN -> ProposalEventType.DOCUMENT_WITHDRAWN;
            case INFECTED -> ProposalEventType.DOCUMENT_REFUSED;
        };
        proposal.record(type, change.actor(), clock.instant(), note(change));
    }

    /** The timeline's words for a change, in English as timelines are kept. */
    private static String note(DocumentChange change) {
        String kind = Texts.english("document.kind." + change.kind());
        String document = kind + " \"" + change.title() + "\"";
        return switch (change.what()) {
            case ADDED -> document + ": " + change.fileName() + " (" + language(change) + ")";
            case LANGUAGE_ADDED -> document + ", " + language(change) + " version: " + change.fileName();
            case REVISED -> document + " revised (Rev." + change.revision() + "): " + change.fileName() + " ("
                    + language(change) + ")";
            case WITHDRAWN -> document + " withdrawn: " + change.detail();
            case INFECTED -> document + ": " + change.fileName() + " (SHA-256 " + change.sha256()
                    + ") refused, malware found (" + change.detail() + "); the file was deleted";
        };
    }

    private static String language(DocumentChange change) {
        return Texts.english("language." + change.language());
    }

    @Override
    public String describe(long ownerId) {
        return proposals.findById(ownerId).map(Proposal::getReference).orElse("proposal " + ownerId);
    }

    /**
     * Refuses a submission without every document its kind requires, scanned clean: named by kind, or said to be
     * still in its check.
     */
    void requireDocuments(Proposal proposal) {
        List<String> required = documents.requiredFor(proposal.getKind().name());
        if (required.isEmpty()) {
            return;
        }
        DocumentOwner owner = DocumentOwner.proposal(proposal.getId());
        Set<String> usable = documents.usableKinds(owner);
        Set<String> beingChecked = documents.kindsBeingChecked(owner);
        for (String kind : required) {
            if (!usable.contains(kind)) {
                throw new InvalidFieldException(FIELD, beingChecked.contains(kind) ? "error.document.requiredBeingChecked"
                        : "error.document.required", Texts.of("document.kind." + kind));
            }
        }
    }
}
