package org.endorse.notification;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByStatusOrderByCreatedAtAscIdAsc(NotificationStatus status);

    List<Notification> findTop500ByOrderByCreatedAtDescIdDesc();

    List<Notification> findByProposalReferenceOrderByIdAsc(String proposalReference);

    Page<Notification> findByStatus(NotificationStatus status, Pageable page);
}
