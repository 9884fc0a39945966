package org.endorse.register;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.endorse.member.MembersProperties;
import org.springframework.stereotype.Component;

/**
 * The seats the region fills, read from configuration: the one list nominations choose from and the register of
 * representation shows. A mistake in it stops Endorse at start with what to correct.
 */
@Component
public class Seats {

    private final Map<String, Seat> byCode = new LinkedHashMap<>();
    private final Map<String, List<SeatsProperties.HolderEntry>> earlierHolders = new LinkedHashMap<>();

    Seats(SeatsProperties properties, MembersProperties members) {
        List<String> memberCodes = members.members().stream().map(MembersProperties.MemberEntry::code).toList();
        for (SeatsProperties.SeatEntry entry : properties.seats()) {
            String where = "endorse.seats: " + entry.code();
            if (entry.term() != null && (entry.term().isZero() || entry.term().isNegative())) {
                throw new IllegalStateException(where + " has a term of " + entry.term() + "; give a term such as P2Y"
                        + " in config/application.yml, or none for a seat held until the region decides otherwise");
            }
            if ((entry.term() == null) != (entry.termsFrom() == null)) {
                throw new IllegalStateException(where + " needs both a term and terms-from (the first day of a term),"
                        + " or neither, in config/application.yml");
            }
            for (SeatsProperties.HolderEntry holder : entry.holders()) {
                if (!memberCodes.contains(holder.member())) {
                    throw new IllegalStateException(where + ": the holder " + holder.member() + " is not among"
                            + " endorse.members; use a member administration's code in config/application.yml");
                }
                if (holder.to() != null && holder.to().isBefore(holder.from())) {
                    throw new IllegalStateException(where + ": the holder " + holder.member() + " ends its term on "
                            + holder.to() + ", before it starts on " + holder.from());
                }
            }
            String electedBy = entry.electedBy() == null || entry.electedBy().isBlank() ? null
                    : entry.electedBy().strip();
            Seat seat = new Seat(entry.code(), entry.name().strip(), entry.type(), entry.places(), entry.term(),
                    entry.termsFrom(), electedBy);
            if (byCode.put(seat.code(), seat) != null) {
                throw new IllegalStateException(where + " is listed twice in config/application.yml; keep one");
            }
            earlierHolders.put(seat.code(), entry.holders());
        }
        if (byCode.values().stream().filter(seat -> seat.type() == SeatType.REGIONAL_VICE_CHAIR).count() > 1) {
            throw new IllegalStateException("endorse.seats: the region has one Regional Vice-Chair; keep one seat of"
                    + " type REGIONAL_VICE_CHAIR in config/application.yml");
        }
    }

    /** Every seat, in the order configuration lists them. */
    public List<Seat> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<Seat> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** Holders the operator recorded from before Endorse, per seat code. */
    Map<String, List<SeatsProperties.HolderEntry>> earlierHolders() {
        return earlierHolders;
    }
}
