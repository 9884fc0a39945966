package org.endorse.document;

import org.endorse.security.EndorseUser;

/**
 * What a document belongs to decides who reads and changes it: the proposal and meeting modules each implement this
 * for their kind of owner, with the rule of what the document belongs to (ProposalVisibility, the agenda's rule),
 * so that a document is read by exactly those who may read its owner.
 */
public interface DocumentAccess {

    DocumentOwner.Type ownerType();

    /** Whether the user may read the owner and so its documents; an owner that does not exist is nobody's. */
    boolean mayRead(EndorseUser user, long ownerId);

    /**
     * Refuses (403, 409) unless the user may add, revise or withdraw the owner's documents now. Called in the
     * transaction of the change, where an owner may take its lock, so that changes of one owner come one at a time.
     */
    void checkChange(EndorseUser user, long ownerId);

    /** What changed, in the change's transaction: the owner records it (a proposal in its timeline). */
    void changed(DocumentChange change);

    /** The owner's name for messages and logs, such as NOM-2027-0001. */
    String describe(long ownerId);

    /** The portal's page that shows the owner's documents, such as /proposals/NOM-2027-0001. */
    String pagePath(long ownerId);
}
