package org.endorse.proposal;

/**
 * What every kind's section of a proposal's page has the same way: its kind, its fragment in the kind's folder
 * of templates (portal/nomination/section.html) and its edit page under the kind's pages (/nominations/...).
 */
public abstract class ProposalPageSectionSupport implements ProposalPageSection {

    private final ProposalKind kind;
    private final String templates;
    private final String pages;

    protected ProposalPageSectionSupport(ProposalKind kind, String templates, String pages) {
        this.kind = kind;
        this.templates = templates;
        this.pages = pages;
    }

    @Override
    public final ProposalKind kind() {
        return kind;
    }

    @Override
    public final String fragment() {
        return "portal/" + templates + "/section :: section";
    }

    @Override
    public final String editPath(Proposal proposal) {
        return "/" + pages + "/" + proposal.getReference() + "/edit";
    }
}
