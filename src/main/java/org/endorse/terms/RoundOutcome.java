package org.endorse.terms;

/** How a circulation round ended: with no comment or objection, or with some that call for a revision. */
enum RoundOutcome {
    CLEAN,
    REVISION_NEEDED
}
