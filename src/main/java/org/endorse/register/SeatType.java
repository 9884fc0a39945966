package org.endorse.register;

import org.endorse.system.Texts;

/** The kinds of seat the region nominates a member administration for. */
public enum SeatType {
    /** The region's representative on a WCO committee or working body, such as the Policy Commission. */
    COMMITTEE_REPRESENTATIVE,
    /** The next Regional Vice-Chair. */
    REGIONAL_VICE_CHAIR,
    /** The host of a regional entity: ROCB A/P, RILO A/P, a Regional Training Centre or Dog Training Centre. */
    REGIONAL_ENTITY_HOST;

    /** In English, as agenda headings name it; readers see seat.X in their own language. */
    public String label() {
        return Texts.english("seat." + name());
    }
}
