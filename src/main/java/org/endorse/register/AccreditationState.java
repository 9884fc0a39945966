package org.endorse.register;

/** Where a designated laboratory's accreditation stands today. */
public enum AccreditationState {
    VALID,
    /** Within the warning period before it expires: the secretariat has been reminded. */
    EXPIRING_SOON,
    /** Past its expiry date: the laboratory is flagged until its accreditation is renewed. */
    EXPIRED
}
