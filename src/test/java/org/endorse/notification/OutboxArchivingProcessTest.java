package org.endorse.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.endorse.EndorseTest;
import org.endorse.nomination.NominationFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * processes/outbox-archiving.bpmn: every day, the mails delivered longer ago than endorse.mail.archive-after (90
 * days) move from the outbox to the archive table, whole; those delivered since and those not delivered stay.
 */
@EndorseTest
class OutboxArchivingProcessTest {

    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    NominationFixtures nominations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void mailsDeliveredLongAgoMoveToTheArchiveWholeAndTheOthersStay() {
        String reference = nominations.submitted("IDN", "outbox archiving " + UUID.randomUUID());
        List<Long> ids = jdbc.queryForList("select id from notification where proposal_reference = ? order by id",
                Long.class, reference);
        assertThat(ids).as("the drafter's receipt and the secretariat's tasks").hasSizeGreaterThan(2);
        Long recent = ids.get(0);
        Long undelivered = ids.get(1);
        List<Long> old = ids.subList(2, ids.size());
        delivered(recent, Duration.ofDays(10));
        old.forEach(id -> delivered(id, Duration.ofDays(100)));
        jdbc.update("update notification set status = 'FAILED' where id = ?", undelivered);

        Job everyDay = management.createJobQuery().processDefinitionKey(OutboxArchivingProcess.KEY).timers()
                .singleResult();
        assertThat(everyDay).as("the daily timer waits from deployment").isNotNull();
        management.executeJob(everyDay.getId());

        HistoricProcessInstance run = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(OutboxArchivingProcess.KEY).finished().orderByProcessInstanceStartTime().desc()
                .listPage(0, 1).get(0);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(run.getId())
                .orderPartiallyByOccurrence().asc().list()).extracting(HistoricActivityInstance::getActivityId)
                .containsExactly(OutboxArchivingProcess.TIMER_EVERY_DAY, OutboxArchivingProcess.SERVICE_ARCHIVE_DELIVERED,
                        OutboxArchivingProcess.END_OUTBOX_ARCHIVED);
        assertThat(jdbc.queryForList("select id from notification where proposal_reference = ? order by id",
                Long.class, reference)).as("delivered 10 days ago, or not delivered").containsExactly(recent,
                        undelivered);
        for (Long id : old) {
            assertThat(jdbc.queryForObject("select count(*) from notification_archive where id = ? and"
                    + " archived_at is not null and text_body <> '' and status = 'SENT'", Integer.class, id))
                    .as("archived whole").isEqualTo(1);
        }
        assertThat(management.createJobQuery().processDefinitionKey(OutboxArchivingProcess.KEY).timers().count())
                .as("and again tomorrow").isEqualTo(1);
    }

    private void delivered(Long id, Duration ago) {
        jdbc.update("update notification set status = 'SENT', sent_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(ago)), id);
    }
}
