package org.endorse.proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.endorse.security.EndorseUser;
import org.endorse.security.Role;
import org.endorse.system.LikePatterns;
import org.springframework.data.jpa.domain.Specification;

/**
 * Who may read which proposal, and so its documents: the one rule behind every list, page and download. A member
 * administration's users see everything of their own members, drafts included (and the secretariat what it
 * drafted itself); staff see every submitted proposal; every member administration's users see a ToR from its
 * submission (it is circulated to them all), and a nomination or laboratory proposal once the papers of a meeting
 * that has it on its agenda are circulated. Nobody sees another member's drafts.
 */
final class ProposalVisibility {

    private ProposalVisibility() {
    }

    static boolean mayRead(EndorseUser user, Proposal proposal) {
        boolean submitted = proposal.isSubmitted();
        return isDrafter(user, proposal) || (submitted && user.isStaff())
                || (submitted && (proposal.getKind().isOpenToAllMembers() || proposal.isInCirculatedPapers())
                        && user.has(Role.MEMBER));
    }

    /** Who drafts a proposal also amends, resubmits and withdraws it. */
    static boolean isDrafter(EndorseUser user, Proposal proposal) {
        return user.actsFor(proposal.getSubmittingMember())
                || (proposal.isDraftedBySecretariat() && user.has(Role.SECRETARIAT));
    }

    /** The same rule as {@link #mayRead}, as a query. */
    static Specification<Proposal> readableBy(EndorseUser user) {
        return (root, query, cb) -> {
            List<Predicate> readable = new ArrayList<>();
            if (user.has(Role.MEMBER) && !user.memberCodes().isEmpty()) {
                readable.add(root.get("submittingMember").in(user.memberCodes()));
            }
            if (user.has(Role.SECRETARIAT)) {
                readable.add(cb.isTrue(root.get("draftedBySecretariat")));
            }
            Predicate submitted = cb.isNotNull(root.get("submittedAt"));
            if (user.isStaff()) {
                readable.add(submitted);
            } else if (user.has(Role.MEMBER)) {
                List<ProposalKind> open = List.of(ProposalKind.values()).stream()
                        .filter(ProposalKind::isOpenToAllMembers).toList();
                readable.add(cb.and(submitted, cb.or(root.get("kind").in(open),
                        cb.isNotNull(root.get("papersCirculatedAt")))));
            }
            return readable.isEmpty() ? cb.disjunction() : cb.or(readable.toArray(Predicate[]::new));
        };
    }

    /** The filters of a search, each left out when not given. */
    static Specification<Proposal> matching(ProposalSearch search) {
        return (root, query, cb) -> {
            List<Predicate> filters = new ArrayList<>();
            if (!search.kind().isEmpty()) {
                filters.add(root.get("kind").in(search.kind()));
            }
            if (!search.status().isEmpty()) {
                filters.add(root.get("status").in(search.status()));
            }
            if (search.member() != null) {
                filters.add(cb.equal(root.get("submittingMember"), search.member().toUpperCase(Locale.ROOT)));
            }
            if (search.q() != null) {
                filters.add(cb.like(cb.lower(root.get("title")), LikePatterns.containing(search.q()),
                        LikePatterns.ESCAPE));
            }
            return cb.and(filters.toArray(Predicate[]::new));
        };
    }
}
