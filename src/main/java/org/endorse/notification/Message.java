package org.endorse.notification;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * What a notification says, before it is addressed: a subject, a headline, paragraphs, and the proposal or
 * page it concerns. Its texts are codes of the message bundles, written in each recipient's language; what
 * users typed (titles, reasons, notes) is a plain argument, and a date argument (an Instant or a LocalDate) is
 * written as the recipient's language writes dates. The templates escape everything.
 */
record Message(NotificationKind kind, MessageSourceResolvable subject, MessageSourceResolvable headline,
        List<MessageSourceResolvable> paragraphs, String proposalReference, String proposalTitle,
        MessageSourceResolvable step, String linkPath) {

    Message {
        paragraphs = List.copyOf(paragraphs);
    }
}
