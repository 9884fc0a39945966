package org.endorse.proposal;

/** The three kinds of proposal, each with the prefix of its readable reference (NOM-2026-0001). */
public enum ProposalKind {
    NOMINATION("NOM", "Regional nomination", false),
    LABORATORY("RCL", "Regional Customs Laboratory proposal", false),
    /** Circulated to every member once submitted, and drafted by a member administration or the secretariat. */
    TERMS_OF_REFERENCE("TOR", "Terms of Reference approval", true);

    private final String referencePrefix;
    private final String label;
    private final boolean openToAllMembers;

    ProposalKind(String referencePrefix, String label, boolean openToAllMembers) {
        this.referencePrefix = referencePrefix;
        this.label = label;
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

    public String label() {
        return label;
    }
}
