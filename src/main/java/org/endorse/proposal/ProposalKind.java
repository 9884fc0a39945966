package org.endorse.proposal;

import org.endorse.system.Texts;
import org.springframework.context.MessageSourceResolvable;

/** The three kinds of proposal, each with the prefix of its readable reference (NOM-2026-0001). */
public enum ProposalKind {
    NOMINATION("NOM", false),
    LABORATORY("RCL", false),
    /** Circulated to every member once submitted, and drafted by a member administration or the secretariat. */
    TERMS_OF_REFERENCE("TOR", true);

    private final String referencePrefix;
    private final boolean openToAllMembers;

    ProposalKind(String referencePrefix, boolean openToAllMembers) {
        this.referencePrefix = referencePrefix;
        this.openToAllMembers = openToAllMembers;
    }

    /** Every member may read a submitted proposal of this kind (it is circulated to them all). */
    public boolean isOpenToAllMembers() {
        return openToAllMembers;
    }

    /** The secretariat may draft proposals of this kind itself, for the regional bodies it serves. */
    public boolean isDraftableBySecretariat() {
        return openToAllMembers;
    }

    public String referencePrefix() {
        return referencePrefix;
    }

    /** In English, for logs and timelines; readers see kind.X in their own language. */
    public String label() {
        return Texts.english(labelText());
    }

    public MessageSourceResolvable labelText() {
        return Texts.of("kind." + name());
    }
}
