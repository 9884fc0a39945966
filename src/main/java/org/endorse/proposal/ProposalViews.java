package org.endorse.proposal;

import org.endorse.document.DocumentOwner;
import org.endorse.document.DocumentViews;
import org.endorse.document.Documents;
import org.endorse.member.MemberDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the API's view of a proposal, asking the proposal's own capability for its details. */
@Component
public class ProposalViews {

    private final ProposalProcesses processes;
    private final MemberDirectory members;
    private final ProposalWorkflow workflow;
    private final Documents documents;
    private final DocumentViews documentViews;

    ProposalViews(ProposalProcesses processes, MemberDirectory members, ProposalWorkflow workflow,
            Documents documents, DocumentViews documentViews) {
        this.processes = processes;
        this.members = members;
        this.workflow = workflow;
        this.documents = documents;
        this.documentViews = documentViews;
    }

    @Transactional(readOnly = true)
    public ProposalView of(Proposal proposal) {
        return new ProposalView(proposal.getReference(), proposal.getKind(), proposal.getTitle(),
                proposal.getSubmittingMember(), members.nameOf(proposal.getSubmittingMember()), proposal.getStatus(),
                proposal.getStatus().description(), proposal.getCreatedBy(), proposal.getCreatedAt(),
                proposal.getSubmittedAt(), proposal.getClosedAt(), workflow.isSuspended(proposal),
                processes.of(proposal.getKind()).details(proposal),
                documentViews.of(documents.of(DocumentOwner.proposal(proposal.getId()))),
                proposal.getTimeline().stream().map(ProposalView.TimelineEntry::of).toList());
    }
}
