package org.endorse.document;

import org.endorse.system.ProcessVariable;

/** processes/document-check.bpmn: its key, variables and element ids. */
public final class DocumentCheckProcess {

    public static final String KEY = "document-check";

    /** Whether the file is scanned (a scanner is configured), and whether it is a PDF, which gets a preview. */
    public static final ProcessVariable<Boolean> VAR_SCAN = ProcessVariable.of("scan", Boolean.class);
    public static final ProcessVariable<Boolean> VAR_PDF = ProcessVariable.of("pdf", Boolean.class);
    /** What clamd said: CLEAN, INFECTED or UNAVAILABLE ({@link ScanVerdict.Outcome}), and the signature it matched. */
    public static final ProcessVariable<String> VAR_VERDICT = ProcessVariable.of("verdict", String.class);
    public static final ProcessVariable<String> VAR_SIGNATURE = ProcessVariable.of("signature", String.class);

    public static final String SERVICE_SCAN = "service_scan_file";
    public static final String SERVICE_RELEASE = "service_release_file";
    public static final String SERVICE_DISCARD = "service_discard_file";
    public static final String SERVICE_RENDER_PREVIEW = "service_render_preview";
    public static final String TIMER_SCANNER_UNREACHABLE = "timer_scanner_unreachable";
    public static final String END_DISCARDED = "end_file_discarded";
    public static final String END_PREVIEWED = "end_file_previewed";
    public static final String END_READY = "end_file_ready";

    private DocumentCheckProcess() {
    }
}
