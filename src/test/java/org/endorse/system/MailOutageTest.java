package org.endorse.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.endorse.EndorseTest;
import org.endorse.nomination.NominationFixtures;
import org.endorse.notification.NotificationDeliveryProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Fault: the mail server down while proposals are submitted, then back. Every notification written while it
 * was down is delivered once it is back, each exactly once. The delivery jobs are run by the test, as the job
 * executor would run them, and the engine's clock is moved past the first retry interval instead of waiting.
 */
@EndorseTest
// The settings of NotificationMailTest, so that both run in one application context.
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025",
        "spring.datasource.url=jdbc:h2:mem:endorse-mail-test;DB_CLOSE_DELAY=-1",
        "camunda.bpm.generate-unique-process-engine-name=true", "camunda.bpm.webapp.enabled=false",
        "endorse.mail.retry-intervals=PT1M,PT5M"})
class MailOutageTest {

    static final int SUBMISSIONS = 50;

    @Autowired
    NominationFixtures nominations;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;

    GreenMail mailServer = new GreenMail(ServerSetupTest.SMTP);

    @AfterEach
    void stop() {
        mailServer.stop();
        ClockUtil.reset();
    }

    @Test
    void notificationsWrittenWhileTheMailServerIsDownAreEachDeliveredOnceWhenItIsBack() throws Exception {
        List<String> references = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            references.add(nominations.submitted("JPN", "Mail outage committee " + UUID.randomUUID()));
        }
        deliverAll();
        List<Map<String, Object>> whileDown = notificationsOf(references);

        mailServer.start();
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofMinutes(2))));
        deliverAll();
        List<Map<String, Object>> afterwards = notificationsOf(references);

        Set<String> written = afterwards.stream().map(row -> row.get("message_id").toString())
                .collect(Collectors.toSet());
        Map<String, Long> received = Arrays.stream(mailServer.getReceivedMessages()).map(MailOutageTest::messageId)
                .filter(written::contains).collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        long sent = afterwards.stream().filter(row -> "SENT".equals(row.get("status"))).count();
        long failedAttempts = whileDown.stream().mapToLong(row -> attempts(row)).sum();
        long retried = afterwards.stream().filter(row -> attempts(row) == 2).count();
        long twice = received.values().stream().filter(copies -> copies > 1).count();
        System.out.printf("Mail server down during %d submissions: %d notifications written, %d delivery attempts"
                + " failed while it was down; once it was back %d retried, %d marked sent, %d received, %d received"
                + " twice, %d never received%n", SUBMISSIONS, written.size(), failedAttempts, retried, sent,
                received.size(), twice, written.size() - received.size());

        assertThat(whileDown).as("nothing is sent while the server is down, and every attempt is recorded")
                .isNotEmpty().allSatisfy(row -> {
                    assertThat(row.get("status")).isEqualTo("PENDING");
                    assertThat(attempts(row)).isEqualTo(1);
                });
        assertThat(sent).as("every notification sent once the server is back").isEqualTo(written.size());
        assertThat(received.keySet()).as("every notification received").isEqualTo(written);
        assertThat(twice).as("none received twice").isZero();
    }

    private List<Map<String, Object>> notificationsOf(List<String> references) {
        return jdbc.queryForList("select message_id, status, attempts from notification where proposal_reference in ("
                + references.stream().map(reference -> "?").collect(Collectors.joining(",")) + ")",
                references.toArray());
    }

    private static long attempts(Map<String, Object> notification) {
        return ((Number) notification.get("attempts")).longValue();
    }

    /** Runs every delivery job that is due, as the job executor would. */
    private void deliverAll() {
        for (Job job : management.createJobQuery().processDefinitionKey(NotificationDeliveryProcess.KEY).executable()
                .list()) {
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException serverDown) {
                // left to its retries, as the job executor would
            }
        }
    }

    private static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
