package org.endorse.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.endorse.ApiSteps;
import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.endorse.nomination.NominationFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The embedded default has no mail server: notifications wait in the outbox, and the secretariat reads there
 * why they were not sent.
 */
@EndorseTest
class NotificationApiTest {

    @LocalServerPort
    int port;

    @Autowired
    NominationFixtures nominations;

    @Test
    void withoutAMailServerNotificationsAreHeldAndTheSecretariatSeesWhy() {
        String reference = nominations.submitted("IDN", "Finance Committee " + UUID.randomUUID());
        HttpApi secretariat = HttpApi.as(port, "secretariat");

        JsonNode held = ApiSteps.notifications(secretariat, "status=HELD&proposal=" + reference);
        JsonNode acknowledgement = StreamSupport.stream(held.spliterator(), false)
                .filter(notification -> reference.equals(notification.path("proposalReference").asText())
                        && "member".equals(notification.get("recipientUser").asText()))
                .findFirst().orElseThrow();
        assertThat(acknowledgement.get("kind").asText()).isEqualTo("SUBMISSION_RECEIVED");
        assertThat(acknowledgement.get("recipientAddress").asText()).isEqualTo("member@endorse.example");
        assertThat(acknowledgement.get("lastError").asText()).contains("no mail server is configured", "spring.mail.host");

        String id = acknowledgement.get("id").asText();
        HttpApi.Response retry = secretariat.post("/api/notifications/" + id + "/retry");
        assertThat(retry.code()).isEqualTo(409);
        assertThat(retry.json().get("detail").asText()).contains("spring.mail.host");
        assertThat(HttpApi.as(port, "member").get("/api/notifications").code()).isEqualTo(403);
        assertThat(secretariat.get("/api/notifications/999999999").code()).isEqualTo(404);
    }
}
