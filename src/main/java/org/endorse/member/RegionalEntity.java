package org.endorse.member;

/**
 * A regional entity that is not a member administration: the WCO Secretariat, the Vice-Chair's office, ROCB A/P,
 * RILO A/P, the Regional Private Sector Group, a training centre or laboratory. Observers at meetings, presenters
 * of reports and owners of action items.
 */
public record RegionalEntity(String code, String name, Kind kind, String host, String email) {

    public enum Kind {
        WCO_SECRETARIAT,
        VICE_CHAIR_OFFICE,
        CAPACITY_BUILDING_OFFICE,
        INTELLIGENCE_LIAISON_OFFICE,
        PRIVATE_SECTOR_GROUP,
        TRAINING_CENTRE,
        DOG_TRAINING_CENTRE,
        CUSTOMS_LABORATORY
    }
}
