package org.endorse.nomination;

/** The kinds of seat the region nominates a member administration for. */
public enum SeatType {
    /** The region's representative on a WCO committee or working body, such as the Policy Commission. */
    COMMITTEE_REPRESENTATIVE("regional representative"),
    /** The next Regional Vice-Chair. */
    REGIONAL_VICE_CHAIR("Regional Vice-Chair"),
    /** The host of a regional entity: ROCB A/P, RILO A/P, a Regional Training Centre or Dog Training Centre. */
    REGIONAL_ENTITY_HOST("host of a regional entity");

    private final String label;

    SeatType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
