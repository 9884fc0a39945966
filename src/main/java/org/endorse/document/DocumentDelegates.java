package org.endorse.document;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.endorse.system.ProcessModelBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of processes/document-check.bpmn. */
@Configuration
class DocumentDelegates {

    private static final Logger log = LoggerFactory.getLogger(DocumentDelegates.class);

    @Bean
    @ProcessModelBean
    JavaDelegate scanDocumentFileDelegate(ClamdScanner scanner, Documents documents) {
        return execution -> {
            long fileId = DocumentChecks.fileOf(execution.getProcessBusinessKey());
            ScanVerdict verdict = scanner.scan(documents.file(fileId).getContentKey());
            if (verdict.outcome() == ScanVerdict.Outcome.UNAVAILABLE) {
                log.warn("File {} stays in quarantine, unscanned: {}. The scan is tried again later; check that clamd"
                        + " runs and that endorse.documents.scanner names it", fileId, verdict.detail());
            }
            DocumentCheckProcess.VAR_VERDICT.set(execution, verdict.outcome().name());
            DocumentCheckProcess.VAR_SIGNATURE.set(execution, verdict.detail());
        };
    }

    @Bean
    @ProcessModelBean
    JavaDelegate releaseDocumentFileDelegate(Documents documents) {
        return execution -> documents.release(DocumentChecks.fileOf(execution.getProcessBusinessKey()));
    }

    @Bean
    @ProcessModelBean
    JavaDelegate discardInfectedFileDelegate(Documents documents) {
        return execution -> documents.discardInfected(DocumentChecks.fileOf(execution.getProcessBusinessKey()),
                (String) execution.getVariable(DocumentCheckProcess.VAR_SIGNATURE.name()));
    }

    @Bean
    @ProcessModelBean
    JavaDelegate renderDocumentPreviewDelegate(Previews previews) {
        return execution -> previews.render(DocumentChecks.fileOf(execution.getProcessBusinessKey()));
    }
}
