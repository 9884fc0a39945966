package org.endorse.proposal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.data.jpa.domain.Specification;

/** Queries over the proposals a specification selects that Spring Data cannot derive: grouped, or over events. */
interface ProposalQueries {

    /** How many of the selected proposals are in each status, in one grouped query. */
    Map<ProposalStatus, Long> countByStatus(Specification<Proposal> selection);

    /** The latest events of the given types of the selected proposals, newest first. */
    List<ProposalEvent> latestEvents(Specification<Proposal> selection, Collection<ProposalEventType> types, int limit);
}
