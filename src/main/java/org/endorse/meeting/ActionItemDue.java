package org.endorse.meeting;

import java.time.LocalDate;

import org.springframework.context.MessageSourceResolvable;

/**
 * An open action item is due soon: its owner (a member administration, by code, or a regional entity, with its
 * address if it has one) is reminded.
 */
public record ActionItemDue(Long actionItemId, String description, String owner, String ownerName,
        String ownerEmail, LocalDate dueOn, MessageSourceResolvable agreedAt, Long meetingId) {
}
