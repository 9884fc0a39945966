package org.endorse.meeting;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The record of decisions of a closed meeting, generated once at closing and never changed afterwards. The
 * PDF is rendered from this same text, so page and PDF always say the same.
 */
@Entity
@Table(name = "meeting_record")
class MeetingRecord {

    @Id
    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(nullable = false, length = 1_000_000)
    private String html;

    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    protected MeetingRecord() {
    }

    MeetingRecord(Long meetingId, String html, Instant generatedAt) {
        this.meetingId = meetingId;
        this.html = html;
        this.generatedAt = generatedAt;
    }

    String getHtml() {
        return html;
    }

    Instant getGeneratedAt() {
        return generatedAt;
    }
}
