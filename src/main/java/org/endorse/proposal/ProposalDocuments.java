package org.endorse.proposal;

import java.time.Clock;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

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
    private final EntityManager entityManager;

    ProposalDocuments(ProposalRepository proposals, Documents documents, Clock clock, EntityManager entityManager) {
        this.entityManager = entityManager;
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

    /** Whether the user may add, revise and withdraw the proposal's documents now. */
    boolean mayChange(EndorseUser user, Proposal proposal) {
        return (ProposalVisibility.isDrafter(user, proposal) && proposal.getStatus().isEditable())
                || (user.has(Role.SECRETARIAT) && proposal.isSubmitted() && proposal.getClosedAt() == null);
    }

    @Override
    public void checkChange(EndorseUser user, long ownerId) {
        Proposal proposal = proposals.findById(ownerId).orElseThrow();
        // Read again under the lock: a submission or a decision committed meanwhile decides what may change now.
        entityManager.refresh(proposal, LockModeType.PESSIMISTIC_WRITE);
        if (mayChange(user, proposal)) {
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
            case PURGED -> ProposalEventType.DOCUMENT_PURGED;
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
            case PURGED -> document + ": " + change.fileName() + " (SHA-256 " + change.sha256()
                    + ") purged by an administrator: " + change.detail();
        };
    }

    private static String language(DocumentChange change) {
        return Texts.english("language." + change.language());
    }

    @Override
    public String describe(long ownerId) {
        return proposals.findById(ownerId).map(Proposal::getReference).orElse("proposal " + ownerId);
    }

    @Override
    public String pagePath(long ownerId) {
        return "/proposals/" + describe(ownerId);
    }

    /** A document the proposal's kind requires, and whether the proposal has it clean, being checked, or not. */
    record Requirement(String kind, boolean present, boolean beingChecked) {
    }

    List<Requirement> requirementsOf(Proposal proposal) {
        DocumentOwner owner = DocumentOwner.proposal(proposal.getId());
        List<String> required = documents.requiredFor(proposal.getKind().name());
        if (required.isEmpty()) {
            return List.of();
        }
        Documents.KindsOnHand onHand = documents.kindsOf(owner);
        return required.stream().map(kind -> new Requirement(kind, onHand.usable().contains(kind),
                onHand.beingChecked().contains(kind))).toList();
    }

    /**
     * Refuses a submission without every document its kind requires, scanned clean: named by kind, or said to be
     * still in its check.
     */
    void requireDocuments(Proposal proposal) {
        for (Requirement requirement : requirementsOf(proposal)) {
            if (!requirement.present()) {
                throw new InvalidFieldException(FIELD, requirement.beingChecked()
                        ? "error.document.requiredBeingChecked" : "error.document.required",
                        Texts.of("document.kind." + requirement.kind()));
            }
        }
    }
}
