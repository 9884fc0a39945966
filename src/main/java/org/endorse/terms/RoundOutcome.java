package org.endorse.terms;

/**
 * How a circulation round ended: with no comment or objection, with some that call for a revision, or cut
 * short because its ToR was withdrawn.
 */
enum RoundOutcome {
    CLEAN,
    REVISION_NEEDED,
    WITHDRAWN
}
