package org.endorse.register;

import java.time.LocalDate;
import java.util.List;

import org.endorse.member.RegionalEntity;

/**
 * Who represents the region where, on a day: for every configured seat its holders now, before and next, with the
 * candidates standing; and the regional entities with the member administration hosting each.
 */
public record Representation(LocalDate on, List<SeatRepresentation> seats, List<Hosting> hostings) {

    /**
     * A seat on the day: its term as ISO 8601 ({@code P2Y}) and in months, none for a seat held until the region
     * decides otherwise; {@code vacantPlaces} counts the places no holder fills on the day.
     */
    public record SeatRepresentation(String code, String name, SeatType type, int places, String term,
            Integer termMonths, String electedBy, List<Holder> current, List<Holder> next, List<Holder> previous,
            List<SeatCandidates.Candidate> candidates, int vacantPlaces) {
    }

    /** A holder: the member administration, the person if named, the term, and how it came to hold the seat. */
    public record Holder(String member, String memberName, String person, LocalDate termFrom, LocalDate termTo,
            String nominationReference, String electedAt, LocalDate electedOn) {
    }

    public record Hosting(String entity, String entityName, RegionalEntity.Kind kind, String host, String hostName) {
    }
}
