package org.endorse.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.endorse.NodeArguments;
import org.endorse.EndorseApplication;
import org.endorse.HttpApi;
import org.endorse.RealPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A node killed in the middle of a job leaves it to the other node, which finishes it once the dead node's
 * lock has expired: here a mail delivery, caught mid-send on a mail server that never answers, delivered
 * once by the surviving node. The first node is a separate JVM, killed with SIGKILL, as a crash would.
 */
class NodeCrashTest {

    EmbeddedPostgres postgres;
    SeparateNode doomed;
    ConfigurableApplicationContext survivor;
    GreenMail mailServer;
    ServerSocket silentMailServer;

    @AfterEach
    void stop() throws Exception {
        if (doomed != null) {
            doomed.kill();
        }
        if (survivor != null) {
            survivor.close();
        }
        if (mailServer != null) {
            mailServer.stop();
        }
        if (silentMailServer != null) {
            silentMailServer.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void jobOfANodeKilledMidwayIsFinishedByTheOtherNodeOnceItsLockExpires() throws Exception {
        postgres = RealPostgres.start();
        List<Socket> caughtMidSend = new CopyOnWriteArrayList<>();
        silentMailServer = new ServerSocket(0);
        Thread listener = new Thread(() -> {
            try {
                while (true) {
                    caughtMidSend.add(silentMailServer.accept()); // accepts, and never says a word
                }
            } catch (IOException closed) {
                // the test is over
            }
        });
        listener.setDaemon(true);
        listener.start();

        List<String> doomedArguments = new ArrayList<>(List.of("--spring.profiles.active=demo,postgres"));
        doomedArguments.addAll(nodeArguments(silentMailServer.getLocalPort()));
        doomed = SeparateNode.start("node-crash-test-doomed-node", Path.of("").toAbsolutePath(), doomedArguments);
        HttpApi member = HttpApi.as(doomed.port(), "member");
        String reference = member.post("/api/nominations", Map.of("title", "Japan for the Audit Committee",
                "submittingMember", "JPN", "seat", Map.of("code", "ROCB-AP-HOST"),
                "term", Map.of("from", "2027-07-01", "to", "2029-06-30"), "nominatedMember", "JPN",
                "supportingStatement", "Japan offers its experience.")).json().get("reference").asText();
        assertThat(member.post("/api/proposals/" + reference + "/submit").code()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> !caughtMidSend.isEmpty());

        doomed.awaitDeath();

        JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        assertThat(jdbc.queryForObject("select count(*) from act_ru_job where lock_owner_ is not null", Integer.class))
                .as("the killed node left its job locked").isPositive();
        mailServer = new GreenMail(new ServerSetup(SeparateNode.freePort(), null, ServerSetup.PROTOCOL_SMTP));
        mailServer.start();
        survivor = new SpringApplicationBuilder(EndorseApplication.class).profiles("demo", "postgres")
                .run(Stream.concat(Stream.of("--server.port=0"), nodeArguments(mailServer.getSmtp().getPort()).stream())
                        .toArray(String[]::new));

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> jdbc.queryForObject(
                "select count(*) from notification where proposal_reference = ? and status <> 'SENT'", Integer.class,
                reference) == 0);
        List<String> written = jdbc.queryForList("select message_id from notification where proposal_reference = ?",
                String.class, reference);
        assertThat(written).isNotEmpty();
        // The nodes also send what else is due at start, such as a call for nominations open on the day.
        assertThat(Arrays.stream(mailServer.getReceivedMessages()).map(message -> {
            try {
                return message.getMessageID();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).filter(id -> written.stream().anyMatch(id::contains)).toList())
                .as("every notification of the proposal delivered, each once").hasSize(written.size())
                .doesNotHaveDuplicates();
    }

    private List<String> nodeArguments(int mailPort) {
        List<String> arguments = new ArrayList<>(List.of(RealPostgres.connection(postgres)));
        arguments.addAll(List.of("--spring.mail.host=localhost",
                "--spring.mail.port=" + mailPort, "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.wait-time-in-millis=200", "--camunda.bpm.job-execution.max-wait=1000",
                // A short lock, so that the test need not wait the 5 minutes of production for it to expire.
                "--camunda.bpm.job-execution.lock-time-in-millis=4000",
                "--camunda.bpm.generate-unique-process-engine-name=true", "--camunda.bpm.webapp.enabled=false"));
        arguments.addAll(NodeArguments.NO_REQUIRED_DOCUMENTS);
        return arguments;
    }
}
