package org.endorse.notification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface NotificationRepository
        extends JpaRepository<Notification, Long>, JpaSpecificationExecutor<Notification> {

    List<Notification> findByStatusOrderByCreatedAtAscIdAsc(NotificationStatus status);

    List<Notification> findByProposalReferenceOrderByIdAsc(String proposalReference);
}
