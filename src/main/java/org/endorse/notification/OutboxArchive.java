package org.endorse.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the live outbox small: mails delivered longer ago than endorse.mail.archive-after move to the archive
 * table, a batch per transaction, each row copied before it leaves the outbox. Nothing is deleted.
 */
@Service
class OutboxArchive {

    private static final Logger log = LoggerFactory.getLogger(OutboxArchive.class);

    private static final int BATCH = 500;
    private static final String COLUMNS = "id, message_id, kind, proposal_reference, recipient_user,"
            + " recipient_address, subject, text_body, html_body, status, attempts, last_error, delivery_process_id,"
            + " created_at, sent_at, version";
    private static final String DELIVERED = "status = 'SENT' and sent_at < ?";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration archiveAfter;

    OutboxArchive(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
            @Value("${endorse.mail.archive-after:P90D}") Duration archiveAfter) {
        this.jdbc = jdbc;
        // Each batch commits on its own, also when the archiving runs in a job's transaction.
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.archiveAfter = archiveAfter;
    }

    /** Moves the mails delivered before the archive period; answers how many moved. */
    int archiveDelivered() {
        Instant now = clock.instant();
        Timestamp before = Timestamp.from(now.minus(archiveAfter));
        int moved = 0;
        while (true) {
            Integer batch = transaction.execute(status -> {
                List<Long> ids = jdbc.queryForList("select id from notification where " + DELIVERED
                        + " order by id fetch first " + BATCH + " rows only", Long.class, before);
                if (ids.isEmpty()) {
                    return 0;
                }
                Long last = ids.get(ids.size() - 1);
                jdbc.update("insert into notification_archive (" + COLUMNS + ", archived_at) select " + COLUMNS
                        + ", ? from notification where " + DELIVERED + " and id <= ?", Timestamp.from(now), before, last);
                return jdbc.update("delete from notification where " + DELIVERED + " and id <= ?", before, last);
            });
            moved += batch;
            if (batch < BATCH) {
                break;
            }
        }
        if (moved > 0) {
            log.info("{} mail(s) delivered before {} moved from the outbox to the archive (notification_archive)",
                    moved, before.toInstant());
        }
        return moved;
    }
}
