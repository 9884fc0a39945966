package org.endorse.nomination;

import java.util.List;

import org.endorse.member.MemberDirectory;
import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalEventType;
import org.endorse.proposal.ProposalKind;
import org.endorse.proposal.ProposalPartWriter;
import org.endorse.proposal.ProposalService;
import org.endorse.proposal.ProposalStatus;
import org.endorse.proposal.ProposalSummary;
import org.endorse.system.InvalidFieldException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafting nominations and what the nomination process does by itself: lapses and competing seats. */
@Service
class NominationService implements ProposalPartWriter<NominationRequest> {

    private static final List<ProposalStatus> IN_PROGRESS = List.of(ProposalStatus.SUBMITTED, ProposalStatus.RETURNED,
            ProposalStatus.UNDER_REVIEW, ProposalStatus.AWAITING_ENDORSEMENT);

    private final ProposalService proposals;
    private final NominationRepository nominations;
    private final NominationDetails details;
    private final MemberDirectory members;
    private final ApplicationEventPublisher events;

    NominationService(ProposalService proposals, NominationRepository nominations, NominationDetails details,
            MemberDirectory members, ApplicationEventPublisher events) {
        this.proposals = proposals;
        this.nominations = nominations;
        this.details = details;
        this.members = members;
        this.events = events;
    }

    @Override
    public ProposalKind kind() {
        return ProposalKind.NOMINATION;
    }

    @Override
    public void create(Proposal proposal, NominationRequest request) {
        nominations.save(new Nomination(proposal, request));
    }

    @Override
    public void update(String reference, NominationRequest request) {
        nominations.findByReference(reference).orElseThrow().update(request);
    }

    @Override
    public void check(NominationRequest request) {
        if (!request.term().to().isAfter(request.term().from())) {
            throw new InvalidFieldException("term.to", "error.nomination.termOrder", request.term().from().toString());
        }
        if (!members.exists(request.nominatedMember())) {
            throw new InvalidFieldException("nominatedMember", "error.member.notInRegion", request.nominatedMember());
        }
    }

    /** Once a nomination is endorsed, the others for the same seat and term are closed as not endorsed. */
    @Transactional
    void closeCompetitorsOf(String endorsedReference) {
        Nomination endorsed = nominations.findByReference(endorsedReference).orElseThrow();
        var competitors = details.competitorsOf(endorsedReference, endorsed, IN_PROGRESS);
        for (NominationDetails.Competitor competitor : competitors) {
            String reference = competitor.reference();
            String note = "Closed: the competing nomination " + endorsedReference + " was endorsed for "
                    + endorsed.getSeatName() + " " + endorsed.getTermFrom() + " to " + endorsed.getTermTo();
            proposals.closeFromOutside(reference, ProposalEventType.CLOSED_BY_COMPETITOR, note,
                    NominationProcess.MESSAGE_COMPETITOR_ENDORSED);
            events.publishEvent(new NominationClosedByCompetitor(ProposalSummary.of(proposals.byReference(reference)),
                    endorsedReference, note));
        }
    }
}
