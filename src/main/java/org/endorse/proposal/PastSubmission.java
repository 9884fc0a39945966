package org.endorse.proposal;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/**
 * A submission made before the region used Endorse, brought in afterwards: the day it was made, and a note saying
 * how (a letter, a mail), which the timeline keeps. Without a day, the submission is today's, as usual.
 */
public record PastSubmission(LocalDate submittedOn, @Size(max = PastSubmission.NOTE_LENGTH) String note) {

    public static final int NOTE_LENGTH = 1000;

    /** Whether a day was given: a body without one ({}) is an ordinary submission. */
    boolean isGiven() {
        return submittedOn != null || note != null && !note.isBlank();
    }
}
