package org.endorse.notification;

import java.util.List;

/**
 * What a notification says, before it is addressed: a subject, a headline, paragraphs, and the proposal or
 * page it concerns. Everything here is plain text; the templates escape it.
 */
record Message(NotificationKind kind, String subject, String headline, List<String> paragraphs,
        String proposalReference, String proposalTitle, String step, String linkPath) {

    Message {
        paragraphs = List.copyOf(paragraphs);
    }
}
