package org.endorse.proposal;

/** The three kinds of proposal, each with the prefix of its readable reference (NOM-2026-0001). */
public enum ProposalKind {
    NOMINATION("NOM", "Regional nomination"),
    LABORATORY("RCL", "Regional Customs Laboratory proposal"),
    TERMS_OF_REFERENCE("TOR", "Terms of Reference approval");

    private final String referencePrefix;
    private final String label;

    ProposalKind(String referencePrefix, String label) {
        this.referencePrefix = referencePrefix;
        this.label = label;
    }

    public String referencePrefix() {
        return referencePrefix;
    }

    public String label() {
        return label;
    }
}
