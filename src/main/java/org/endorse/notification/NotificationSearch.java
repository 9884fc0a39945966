package org.endorse.notification;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import jakarta.validation.constraints.Size;

import org.endorse.system.LikePatterns;
import org.springframework.data.jpa.domain.Specification;

/**
 * What the outbox is filtered by, in the portal and the API alike: the status, the kind of notification, the
 * proposal it is about, the recipient (a user's name or part of an address) and words of the subject. Every filter
 * left out matches everything.
 */
public record NotificationSearch(NotificationStatus status, NotificationKind kind, @Size(max = 32) String proposal,
        @Size(max = 320) String recipient, @Size(max = 200) String q) {

    public NotificationSearch {
        proposal = proposal == null || proposal.isBlank() ? null : proposal.strip();
        recipient = recipient == null || recipient.isBlank() ? null : recipient.strip();
        q = q == null || q.isBlank() ? null : q.strip();
    }

    static NotificationSearch everything() {
        return new NotificationSearch(null, null, null, null, null);
    }

    Specification<Notification> matching() {
        return (root, query, criteria) -> {
            List<Predicate> all = new ArrayList<>();
            if (status != null) {
                all.add(criteria.equal(root.get("status"), status));
            }
            if (kind != null) {
                all.add(criteria.equal(root.get("kind"), kind));
            }
            if (proposal != null) {
                all.add(criteria.equal(root.get("proposalReference"), proposal));
            }
            if (recipient != null) {
                all.add(criteria.or(criteria.equal(root.get("recipientUser"), recipient), criteria.like(
                        criteria.lower(root.get("recipientAddress")), LikePatterns.containing(recipient),
                        LikePatterns.ESCAPE)));
            }
            if (q != null) {
                all.add(criteria.like(criteria.lower(root.get("subject")), LikePatterns.containing(q),
                        LikePatterns.ESCAPE));
            }
            return criteria.and(all.toArray(Predicate[]::new));
        };
    }
}
