package org.endorse.document;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.endorse.ModelEngine;
import org.endorse.system.ProcessVariable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of processes/document-check.bpmn alone, its steps mocked: a file is scanned by a job, after the upload
 * is committed; clean, it is released, infected, discarded; while clamd cannot be reached, the scan waits and is
 * tried again, as often as it takes; a PDF's preview is rendered by a job of its own. MalwareScanningTest and
 * ProposalDocumentsApiTest run the same through the whole service, with a real clamd.
 */
class DocumentCheckModelTest {

    @RegisterExtension
    static final ModelEngine MODEL = new ModelEngine("document-check.bpmn");

    static final Instant NOW = Instant.parse("2027-02-01T09:00:00Z");

    JavaDelegate scan = mock(JavaDelegate.class);
    JavaDelegate release = mock(JavaDelegate.class);
    JavaDelegate discard = mock(JavaDelegate.class);
    JavaDelegate render = mock(JavaDelegate.class);
    DocumentChecks checks = mock(DocumentChecks.class);
    Deque<String> verdicts = new ArrayDeque<>();

    @BeforeEach
    void registerSteps() throws Exception {
        ClockUtil.setCurrentTime(Date.from(NOW));
        when(checks.retryDelay()).thenReturn("PT1M");
        doAnswer(call -> {
            DocumentCheckProcess.VAR_VERDICT.set((DelegateExecution) call.getArgument(0), verdicts.removeFirst());
            return null;
        }).when(scan).execute(any());
        Mocks.register("scanDocumentFileDelegate", scan);
        Mocks.register("releaseDocumentFileDelegate", release);
        Mocks.register("discardInfectedFileDelegate", discard);
        Mocks.register("renderDocumentPreviewDelegate", render);
        Mocks.register("documentChecks", checks);
    }

    @Test
    void aCleanPdfIsScannedByAJobThenReleasedThenPreviewedByAnother() throws Exception {
        verdicts.add("CLEAN");
        ProcessInstance check = start(true, true);
        assertThat(check).isWaitingAt(DocumentCheckProcess.SERVICE_SCAN);
        verify(scan, never()).execute(any());

        execute(job(check));
        verify(release).execute(any());
        assertThat(check).isWaitingAt(DocumentCheckProcess.SERVICE_RENDER_PREVIEW);
        verify(render, never()).execute(any());

        execute(job(check));
        verify(render).execute(any());
        assertThat(check).isEnded().hasPassed(DocumentCheckProcess.END_PREVIEWED);
    }

    @Test
    void aCleanFileOtherThanAPdfIsReleasedWithoutAPreview() throws Exception {
        verdicts.add("CLEAN");
        ProcessInstance check = start(true, false);

        execute(job(check));

        verify(release).execute(any());
        verify(render, never()).execute(any());
        assertThat(check).isEnded().hasPassed(DocumentCheckProcess.END_READY);
    }

    @Test
    void anInfectedFileIsDiscardedAndNeverReleased() throws Exception {
        verdicts.add("INFECTED");
        ProcessInstance check = start(true, true);

        execute(job(check));

        verify(discard).execute(any());
        verify(release, never()).execute(any());
        verify(render, never()).execute(any());
        assertThat(check).isEnded().hasPassed(DocumentCheckProcess.END_DISCARDED);
    }

    @Test
    void whileTheScannerCannotBeReachedTheFileWaitsAndIsScannedAgainUntilItIsChecked() throws Exception {
        verdicts.addAll(java.util.List.of("UNAVAILABLE", "UNAVAILABLE", "CLEAN"));
        ProcessInstance check = start(true, false);

        execute(job(check));
        assertThat(check).isWaitingAt(DocumentCheckProcess.TIMER_SCANNER_UNREACHABLE);
        assertThat(job(check)).hasDueDate(Date.from(NOW.plus(Duration.ofMinutes(1))));
        verify(release, never()).execute(any());
        execute(job(check));
        execute(job(check));
        assertThat(check).isWaitingAt(DocumentCheckProcess.TIMER_SCANNER_UNREACHABLE);
        execute(job(check));
        execute(job(check));

        verify(scan, times(3)).execute(any());
        verify(release).execute(any());
        assertThat(check).isEnded().hasPassed(DocumentCheckProcess.END_READY);
    }

    @Test
    void withoutAScannerAPdfGoesStraightToItsPreview() throws Exception {
        ProcessInstance check = start(false, true);
        assertThat(check).isWaitingAt(DocumentCheckProcess.SERVICE_RENDER_PREVIEW);

        execute(job(check));

        verify(scan, never()).execute(any());
        verify(release, never()).execute(any());
        assertThat(check).isEnded().hasPassed(DocumentCheckProcess.END_PREVIEWED);
    }

    @Test
    void withoutAScannerAFileOtherThanAPdfNeedsNothingMore() {
        ProcessInstance check = start(false, false);

        assertThat(check).isEnded().hasPassed(DocumentCheckProcess.END_READY);
    }

    private static ProcessInstance start(boolean scan, boolean pdf) {
        return MODEL.engine().getRuntimeService().startProcessInstanceByKey(DocumentCheckProcess.KEY, "42",
                ProcessVariable.variables(DocumentCheckProcess.VAR_SCAN.with(scan), DocumentCheckProcess.VAR_PDF.with(pdf)));
    }
}
