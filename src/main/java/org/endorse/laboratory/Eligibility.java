package org.endorse.laboratory;

/** The result of the eligibility check (processes/laboratory-eligibility.dmn), and the assessor's decision. */
enum Eligibility {
    ELIGIBLE,
    NOT_ELIGIBLE
}
