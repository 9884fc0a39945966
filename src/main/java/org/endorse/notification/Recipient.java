package org.endorse.notification;

/** Someone a notification goes to: a Camunda user with a mail address, and the member they belong to, if any. */
record Recipient(String userId, String name, String address, String memberName) {
}
