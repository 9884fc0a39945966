package org.endorse.document;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.endorse.system.ProcessModelBean;
import org.endorse.system.ProcessVariable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where files meet the engine: each file that needs a scan or a preview is checked by an instance of
 * processes/document-check.bpmn (business key: {@link #businessKey}), started in the transaction that stores the file, so
 * that its scan job exists exactly when the file does.
 */
@ProcessModelBean
@Component("documentChecks")
public class DocumentChecks {

    private static final Logger log = LoggerFactory.getLogger(DocumentChecks.class);

    /** Who acts in the check's steps, in timelines. */
    static final String ACTOR = "system";

    private final RuntimeService runtime;
    private final DocumentSettings settings;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    DocumentChecks(RuntimeService runtime, DocumentSettings settings, JdbcTemplate jdbc,
            TransactionTemplate transaction) {
        this.runtime = runtime;
        this.settings = settings;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * Once a scanner is configured, the files stored before without a scan go into quarantine and are scanned like
     * new ones: nothing is served unscanned from then on. Each file is taken by one node only, whichever first
     * moves it from NOT_SCANNED.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void scanFilesStoredUnscanned() {
        if (!settings.scanner().isConfigured()) {
            return;
        }
        List<Long> unscanned = jdbc.queryForList("select id from document_file where state = 'NOT_SCANNED'",
                Long.class);
        int taken = 0;
        for (Long fileId : unscanned) {
            Boolean started = transaction.execute(status -> {
                if (jdbc.update("update document_file set state = 'BEING_CHECKED' where id = ? and state ="
                        + " 'NOT_SCANNED'", fileId) == 0) {
                    return false;
                }
                // A PDF's preview was rendered when it was stored: only the scan is left.
                runtime.startProcessInstanceByKey(DocumentCheckProcess.KEY, businessKey(fileId),
                        ProcessVariable.variables(DocumentCheckProcess.VAR_SCAN.with(true),
                                DocumentCheckProcess.VAR_PDF.with(false)));
                return true;
            });
            taken += Boolean.TRUE.equals(started) ? 1 : 0;
        }
        if (taken > 0) {
            log.info("{} file(s) stored before a scanner was configured are in quarantine until clamd scans them",
                    taken);
        }
    }

    /** A check's business key, "file-42": told apart from the meetings' and notifications' plain ids in Cockpit. */
    public static String businessKey(long fileId) {
        return "file-" + fileId;
    }

    static long fileOf(String businessKey) {
        return Long.parseLong(businessKey.substring("file-".length()));
    }

    /** How long to wait before scanning again while clamd cannot be reached, for the BPMN's timer. */
    public String retryDelay() {
        return settings.scanner().retryDelay().toString();
    }

    void start(DocumentFile file, boolean scan) {
        if (!scan && !file.isPdf()) {
            return;
        }
        runtime.startProcessInstanceByKey(DocumentCheckProcess.KEY, businessKey(file.getId()), ProcessVariable.variables(
                DocumentCheckProcess.VAR_SCAN.with(scan), DocumentCheckProcess.VAR_PDF.with(file.isPdf())));
        log.debug("Check of file {} started (scan: {}, preview: {})", file.getId(), scan, file.isPdf());
    }
}
