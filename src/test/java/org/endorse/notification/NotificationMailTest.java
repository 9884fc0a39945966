package org.endorse.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.endorse.ApiSteps;
import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.endorse.TestUsers;
import org.endorse.nomination.NominationFixtures;
import org.endorse.proposal.MeetingDecision;
import org.endorse.proposal.ProposalService;
import org.endorse.proposal.ProposalTasks;
import org.endorse.terms.TermsProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Notifications through a real SMTP server (GreenMail): who gets what, in which words, and what happens when
 * the server is down. Delivery jobs are run by the test, as the job executor would run them.
 */
@EndorseTest
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025",
        "spring.datasource.url=jdbc:h2:mem:endorse-mail-test;DB_CLOSE_DELAY=-1",
        "camunda.bpm.generate-unique-process-engine-name=true", "camunda.bpm.webapp.enabled=false",
        "endorse.mail.retry-intervals=PT1M,PT5M"})
class NotificationMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    int port;

    @Autowired
    NominationFixtures nominations;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalTasks tasks;
    @Autowired
    ManagementService management;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService taskService;
    @Autowired
    NotificationRepository outbox;
    @Autowired
    NotificationAdministration administration;

    @BeforeEach
    void deliverWhatEarlierTestsLeft() {
        deliverAll();
        smtp.reset();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void submissionIsAcknowledgedToTheMembersUsersAndTheCheckAnnouncedToTheSecretariat() throws Exception {
        String reference = nominations.submitted("IDN", "Finance Committee <b>&</b> " + UUID.randomUUID());
        deliverAll();

        MimeMessage acknowledgement = only(mailsTo("member@endorse.example"));
        assertThat(acknowledgement.getSubject()).startsWith("Received: " + reference);
        assertThat(mailsTo("cp-idn@endorse.example")).as("Indonesia's contact point is not its drafter").isEmpty();
        String text = textOf(acknowledgement);
        assertThat(text).contains("Dear Member Administrations (China, Indonesia, Japan),",
                "Your regional nomination has been received", "Reference: " + reference,
                "http://localhost:8080/proposals/" + reference);
        assertThat(text).as("mails link to the portal, not the API").doesNotContain("/api/");
        assertThat(htmlOf(acknowledgement)).as("what members typed is escaped in the HTML body")
                .contains("Finance Committee &lt;b&gt;&amp;&lt;/b&gt;").doesNotContain("<b>&</b>");
        assertThat(acknowledgement.getMessageID()).isEqualTo(stored(reference, "member").getMessageId());

        MimeMessage waiting = only(mailsTo("secretariat@endorse.example"));
        assertThat(waiting.getSubject()).isEqualTo("Task waiting: Check the submission, " + reference);
        assertThat(textOf(waiting)).contains("http://localhost:8080/tasks/" + taskOf(reference));
        assertThat(mailsTo("chair@endorse.example")).isEmpty();
    }

    @Test
    void returnForAmendmentCarriesTheReasons() throws Exception {
        String reference = nominations.submitted("JPN", "Audit Committee " + UUID.randomUUID());
        tasks.complete(TestUsers.SECRETARIAT, taskOf(reference), "RETURN", "Attach the nominee's CV, please", null);
        deliverAll();

        MimeMessage returned = mailsTo("member@endorse.example").stream()
                .filter(mail -> subject(mail).startsWith("Returned for amendment: " + reference)).findFirst().orElseThrow();
        assertThat(textOf(returned)).contains("Attach the nominee's CV, please");
    }

    @Test
    void decisionsGoToTheSubmitterAndEndorsementsToEveryMember() throws Exception {
        String reference = nominations.waitingForReview("CHN", "Policy Commission " + UUID.randomUUID());
        proposals.decideAtMeeting(reference, MeetingDecision.RECOMMENDED, "chair", "31st Regional Contact Points Meeting",
                null, null);
        proposals.decideAtMeeting(reference, MeetingDecision.ENDORSED, "chair",
                "21st Regional Heads of Customs Administrative Conference", null, null);
        deliverAll();

        assertThat(mailsTo("member@endorse.example")).extracting(NotificationMailTest::subject)
                .anyMatch(subject -> subject.startsWith("Recommended to the heads of Customs: " + reference));
        List<String> endorsedTo = Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> subject(mail).startsWith("Endorsed: " + reference)).map(NotificationMailTest::to).toList();
        assertThat(endorsedTo).as("every member administration's users and contact points")
                .containsExactlyInAnyOrder("member@endorse.example", "cp-idn@endorse.example", "cp-jpn@endorse.example",
                        "cp-chn@endorse.example");
    }

    @Test
    void mailServerDownThenUpDeliversEveryMailExactlyOnce() throws Exception {
        smtp.stop();
        String reference = nominations.submitted("IDN", "Finance Committee " + UUID.randomUUID());
        Notification waiting = stored(reference, "member");
        Job send = jobOf(waiting);
        assertThatThrownBy(() -> management.executeJob(send.getId())).as("the server is down");
        Notification failedOnce = outbox.findById(waiting.getId()).orElseThrow();
        assertThat(failedOnce.getStatus()).isEqualTo(NotificationStatus.PENDING);
        assertThat(failedOnce.getAttempts()).isEqualTo(1);
        assertThat(failedOnce.getLastError()).isNotBlank();

        smtp.start();
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofMinutes(2))));
        deliverAll();

        assertThat(outbox.findById(waiting.getId()).orElseThrow().getStatus()).isEqualTo(NotificationStatus.SENT);
        long copies = Arrays.stream(smtp.getReceivedMessages()).filter(mail -> messageId(mail).equals(waiting.getMessageId()))
                .count();
        assertThat(copies).isEqualTo(1);
    }

    @Test
    void whenRetriesRunOutTheFailureShowsAndCanBeRetried() throws Exception {
        smtp.stop();
        String reference = nominations.submitted("JPN", "Finance Committee " + UUID.randomUUID());
        Notification waiting = stored(reference, "member");
        for (int attempt = 1; attempt <= 3; attempt++) {
            Job send = jobOf(waiting);
            ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofHours(attempt))));
            assertThatThrownBy(() -> management.executeJob(send.getId()));
        }
        NotificationView failed = administration.one(TestUsers.SECRETARIAT, waiting.getId());
        assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.incident()).as("an incident shows in Cockpit").isTrue();
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.lastError()).isNotBlank();

        smtp.start();
        assertThat(administration.retry(TestUsers.SECRETARIAT, waiting.getId()).status())
                .isEqualTo(NotificationStatus.PENDING);
        deliverAll();
        assertThat(administration.one(TestUsers.SECRETARIAT, waiting.getId()).status()).isEqualTo(NotificationStatus.SENT);
        assertThat(mailsTo("member@endorse.example")).hasSize(1);
    }

    @Test
    void malformedAddressIsRefusedWithoutHoldingUpTheOthers() throws Exception {
        if (identity.createUserQuery().userId("member-typo").count() == 0) {
            var user = identity.newUser("member-typo");
            user.setEmail("member at example");
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership("member-typo", "member");
            identity.createMembership("member-typo", "member-CHN");
        }
        String reference = nominations.submitted("CHN", "Audit Committee " + UUID.randomUUID());
        Notification refused = stored(reference, "member-typo");
        assertThat(refused.getStatus()).isEqualTo(NotificationStatus.FAILED);
        assertThat(refused.getLastError()).contains("'member at example'", "malformed", "Camunda Admin");
        deliverAll();
        assertThat(mailsTo("member@endorse.example")).hasSize(1);
    }

    @Test
    void circulatedToRGoesToEveryContactPointAndTheReminderOnlyToTheSilentOnes() throws Exception {
        HttpApi member = HttpApi.as(port, "member");
        String reference = member.post("/api/terms", Map.of("title", "ToR of the RILO A/P", "submittingMember", "IDN",
                "governedBody", "RILO A/P " + UUID.randomUUID(), "text", "1. RILO A/P collects intelligence.\n"))
                .json().get("reference").asText();
        member.post("/api/proposals/" + reference + "/submit");
        ApiSteps.completeTask(HttpApi.as(port, "secretariat"), reference, Map.of("decision", "COMPLETE"));
        deliverAll();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(mail -> subject(mail).startsWith("For comment by"))
                .map(NotificationMailTest::to)).containsExactlyInAnyOrder("cp-idn@endorse.example",
                        "cp-jpn@endorse.example", "cp-chn@endorse.example");
        assertThat(HttpApi.as(port, "cp-idn").post("/api/terms/" + reference + "/answers",
                Map.of("answer", "NO_OBJECTION")).code()).isEqualTo(204);

        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .rootProcessInstances()
                .processDefinitionKey(TermsProcess.KEY).singleResult().getId();
        Job reminder = management.createJobQuery().processInstanceId(process).activityId("timer_circulation_reminder")
                .singleResult();
        ClockUtil.setCurrentTime(Date.from(reminder.getDuedate().toInstant().plusSeconds(60)));
        management.executeJob(reminder.getId());
        deliverAll();

        List<MimeMessage> reminders = Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> subject(mail).startsWith("Reminder, answers due by")).toList();
        assertThat(reminders).extracting(NotificationMailTest::to)
                .containsExactlyInAnyOrder("cp-jpn@endorse.example", "cp-chn@endorse.example");
        assertThat(textOf(reminders.get(0))).contains("Dear Contact Point", "on the proposal's page in Endorse",
                "http://localhost:8080/proposals/" + reference).doesNotContain("/api/");
    }

    @Test
    void drafterIsToldWhenCommentsCallForARevision() throws Exception {
        HttpApi member = HttpApi.as(port, "member");
        String reference = member.post("/api/terms", Map.of("title", "ToR of the RTC", "submittingMember", "JPN",
                "governedBody", "Regional Training Centre " + UUID.randomUUID(), "text", "1. It trains.\n"))
                .json().get("reference").asText();
        member.post("/api/proposals/" + reference + "/submit");
        ApiSteps.completeTask(HttpApi.as(port, "secretariat"), reference, Map.of("decision", "COMPLETE"));
        assertThat(HttpApi.as(port, "cp-chn").post("/api/terms/" + reference + "/answers",
                Map.of("answer", "OBJECTION", "comment", "Say who pays")).code()).isEqualTo(204);
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .rootProcessInstances()
                .processDefinitionKey(TermsProcess.KEY).singleResult().getId();
        Job deadline = management.createJobQuery().processInstanceId(process).activityId("timer_circulation_deadline")
                .singleResult();
        ClockUtil.setCurrentTime(Date.from(deadline.getDuedate().toInstant().plusSeconds(60)));
        management.executeJob(deadline.getId());
        deliverAll();

        MimeMessage revision = only(mailsTo("member@endorse.example").stream()
                .filter(mail -> subject(mail).startsWith("Comments received: " + reference)).toList());
        assertThat(textOf(revision)).contains("1 objecting", "http://localhost:8080/proposals/" + reference)
                .doesNotContain("/api/");
    }

    @Test
    void drafterOfANominationClosedByAnEndorsedCompetitorIsTold() throws Exception {
        String seat = "Audit Committee " + UUID.randomUUID();
        String japan = nominations.waitingForEndorsement("JPN", seat);
        String china = nominations.waitingForEndorsement("CHN", seat);
        proposals.decideAtMeeting(japan, MeetingDecision.ENDORSED, "chair", "22nd Heads of Customs Conference", null, null);
        deliverAll();

        MimeMessage closed = only(mailsTo("member@endorse.example").stream()
                .filter(mail -> subject(mail).startsWith("Closed: " + china)).toList());
        assertThat(textOf(closed)).contains("competing nomination " + japan + " was endorsed");
    }

    @Test
    void circulatedPapersGoToEveryMember() throws Exception {
        HttpApi secretariat = HttpApi.as(port, "secretariat");
        String meeting = ApiSteps.conveneJointSession(secretariat, 26, java.time.LocalDate.of(2027, 11, 10), "JPN",
                "Asia/Tokyo");
        assertThat(secretariat.post(meeting + "/circulate").code()).isEqualTo(200);
        deliverAll();

        List<MimeMessage> papers = Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> subject(mail).startsWith("Papers circulated:")).toList();
        assertThat(papers).extracting(NotificationMailTest::to).containsExactlyInAnyOrder("member@endorse.example",
                "cp-idn@endorse.example", "cp-jpn@endorse.example", "cp-chn@endorse.example");
        assertThat(textOf(papers.get(0))).contains("The agenda and papers of the Joint Session of the 26th Regional Heads of Customs"
                + " Administrative Conference and the 35th Regional Contact Points Meeting", "10 November 2027",
                "http://localhost:8080" + meeting.replace("/api/", "/"));
    }

    @Test
    void recipientWhoChoseFrenchIsWrittenToInFrenchWithFrenchDatesAndLinksToThePortal() throws Exception {
        identity.setUserInfo("member", "language", "fr");
        identity.setUserInfo("cp-idn", "language", "fr");
        try {
            HttpApi member = HttpApi.as(port, "member");
            String reference = member.post("/api/terms", Map.of("title", "Mandat du groupe d'experts", "submittingMember",
                    "IDN", "governedBody", "RILO A/P " + UUID.randomUUID(), "text", "1. Le RILO A/P collecte.\n"))
                    .json().get("reference").asText();
            member.post("/api/proposals/" + reference + "/submit");
            deliverAll();

            MimeMessage received = only(mailsTo("member@endorse.example"));
            assertThat(received.getSubject()).isEqualTo("Accusé de réception : " + reference
                    + " Mandat du groupe d'experts");
            assertThat(textOf(received)).contains("Bonjour Member Administrations (China, Indonesia, Japan),",
                    "Votre mandat a bien été reçu", "Référence : " + reference,
                    "État d’avancement : soumise, en attente du contrôle du secrétariat",
                    "Endorse, pour le Vice-Président régional", "http://localhost:8080/proposals/" + reference)
                    .doesNotContain("/api/", "Dear", "Reference");
            assertThat(htmlOf(received)).contains("lang=\"fr\"", "Votre mandat a bien été reçu");
            assertThat(stored(reference, "member").getSubject()).as("the outbox keeps the subject as sent")
                    .isEqualTo(received.getSubject());
            assertThat(only(mailsTo("secretariat@endorse.example")).getSubject())
                    .as("each recipient in their own language").startsWith("Task waiting:");

            ApiSteps.completeTask(HttpApi.as(port, "secretariat"), reference, Map.of("decision", "COMPLETE"));
            deliverAll();
            Instant deadline = Instant.parse(member.get("/api/terms/" + reference + "/rounds").json().get(0)
                    .get("deadline").asText());
            MimeMessage french = only(mailsTo("cp-idn@endorse.example").stream()
                    .filter(mail -> subject(mail).startsWith("Pour observations")).toList());
            assertThat(french.getSubject()).isEqualTo("Pour observations d’ici le " + written(deadline, Locale.FRENCH)
                    + " : Mandat du groupe d'experts");
            assertThat(textOf(french)).contains("Bonjour", "pas d’objection", "http://localhost:8080/proposals/" + reference);
            MimeMessage english = only(mailsTo("cp-jpn@endorse.example").stream()
                    .filter(mail -> subject(mail).startsWith("For comment by")).toList());
            assertThat(english.getSubject()).isEqualTo("For comment by " + written(deadline, Locale.UK)
                    + ": Mandat du groupe d'experts");
        } finally {
            identity.deleteUserInfo("member", "language");
            identity.deleteUserInfo("cp-idn", "language");
        }
    }

    /** A deadline as mails write it: "1 July 2027, 17:00 UTC", "1 juillet 2027, 17:00 UTC". */
    private static String written(Instant moment, Locale language) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", language).format(moment.atOffset(ZoneOffset.UTC));
    }

    private String taskOf(String reference) {
        return taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();
    }

    private Notification stored(String reference, String user) {
        return outbox.findByProposalReferenceOrderByIdAsc(reference).stream()
                .filter(notification -> user.equals(notification.getRecipientUser())
                        && notification.getKind() == NotificationKind.SUBMISSION_RECEIVED)
                .findFirst().orElseThrow();
    }

    private Job jobOf(Notification notification) {
        String process = outbox.findById(notification.getId()).orElseThrow().getDeliveryProcessId();
        return management.createJobQuery().processInstanceId(process).singleResult();
    }

    /** Runs every delivery job that is due, as the job executor would. */
    private void deliverAll() {
        for (Job job : management.createJobQuery().processDefinitionKey(NotificationDeliveryProcess.KEY).executable()
                .list()) {
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException stillFailing) {
                // left to its retries, as the job executor would
            }
        }
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> to(mail).equals(address)).toList();
    }

    private static MimeMessage only(List<MimeMessage> mails) {
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static String to(MimeMessage mail) {
        try {
            return mail.getRecipients(RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String textOf(MimeMessage mail) {
        return part(mail, "text/plain");
    }

    private static String htmlOf(MimeMessage mail) {
        return part(mail, "text/html");
    }

    private static String part(MimeMessage mail, String type) {
        try {
            return find(mail.getContent(), type);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String find(Object content, String type) throws Exception {
        if (content instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var body = multipart.getBodyPart(i);
                if (body.isMimeType(type)) {
                    return body.getContent().toString();
                }
                String nested = find(body.getContent(), type);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }
}
