package org.endorse.proposal;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;

/** Spring Data's fragment behind {@link ProposalQueries}, as criteria queries. */
class ProposalQueriesImpl implements ProposalQueries {

    private final EntityManager entityManager;

    ProposalQueriesImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Map<ProposalStatus, Long> countByStatus(Specification<Proposal> selection) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Proposal> proposal = query.from(Proposal.class);
        query.multiselect(proposal.get("status"), cb.count(proposal))
                .where(selection.toPredicate(proposal, query, cb)).groupBy(proposal.get("status"));
        Map<ProposalStatus, Long> counts = new EnumMap<>(ProposalStatus.class);
        for (Tuple row : entityManager.createQuery(query).getResultList()) {
            counts.put(row.get(0, ProposalStatus.class), row.get(1, Long.class));
        }
        return counts;
    }

    @Override
    public List<ProposalEvent> latestEvents(Specification<Proposal> selection, Collection<ProposalEventType> types,
            int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<ProposalEvent> query = cb.createQuery(ProposalEvent.class);
        Root<ProposalEvent> event = query.from(ProposalEvent.class);
        event.fetch("proposal");
        Subquery<Long> selected = query.subquery(Long.class);
        Root<Proposal> proposal = selected.from(Proposal.class);
        selected.select(proposal.get("id")).where(selection.toPredicate(proposal, query, cb));
        query.select(event).where(event.get("type").in(types), event.get("proposal").get("id").in(selected))
                .orderBy(cb.desc(event.get("occurredAt")), cb.desc(event.get("id")));
        return entityManager.createQuery(query).setMaxResults(limit).getResultList();
    }
}
