package org.endorse.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.endorse.member.MemberDirectory;
import org.endorse.member.RegionalEntities;
import org.endorse.proposal.ProposalService;
import org.endorse.proposal.ProposalStatus;
import org.endorse.security.EndorseUser;
import org.endorse.system.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of representation: who holds each seat the region fills, for which term, who held it before and
 * who is next; and who hosts each regional entity.
 */
@Service
public class RepresentationRegister {

    private static final Logger log = LoggerFactory.getLogger(RepresentationRegister.class);

    private final SeatHoldingRepository holdings;
    private final Seats seats;
    private final SeatCandidates candidates;
    private final ProposalService proposals;
    private final ViceChairOffice viceChairOffice;
    private final RegionalEntities entities;
    private final MemberDirectory members;
    private final Clock clock;

    RepresentationRegister(SeatHoldingRepository holdings, Seats seats, SeatCandidates candidates,
            ProposalService proposals, ViceChairOffice viceChairOffice, RegionalEntities entities,
            MemberDirectory members, Clock clock) {
        this.holdings = holdings;
        this.seats = seats;
        this.candidates = candidates;
        this.proposals = proposals;
        this.viceChairOffice = viceChairOffice;
        this.entities = entities;
        this.members = members;
        this.clock = clock;
    }

    /**
     * Enters a holder of a seat for a term; a holder already entered for that term is kept as it is. A Vice-Chair
     * entered through a nomination takes the office on the first day of its term.
     */
    @Transactional
    public void take(SeatTaken taken) {
        Seat seat = seats.find(taken.seatCode()).orElseThrow(() -> new IllegalStateException("The seat "
                + taken.seatCode() + " is no longer in endorse.seats; add it back to config/application.yml"));
        if (holdings.existsBySeatCodeAndMemberAndTermFrom(taken.seatCode(), taken.member(), taken.termFrom())) {
            return;
        }
        holdings.save(new SeatHolding(taken, clock.instant()));
        viceChairOffice.scheduleHandover(seat, taken);
        log.info("Register: {} holds a place of {} from {} to {}{}", members.nameOf(taken.member()),
                LogText.escaped(seat.name()), taken.termFrom(), taken.termTo() == null ? "further notice"
                        : taken.termTo(), taken.nominationReference() == null ? " (recorded from before Endorse)"
                                : " (" + taken.nominationReference() + ")");
    }

    /** Enters the holders configuration records from before Endorse that the register does not have yet. */
    @Transactional
    void enterEarlierHolders() {
        seats.earlierHolders().forEach((seatCode, holders) -> holders.forEach(holder -> take(new SeatTaken(seatCode,
                holder.member(), holder.person(), holder.from(), holder.to(), null, null, null))));
    }

    /** The register as it stands today, as the reader may see it. */
    @Transactional(readOnly = true)
    public Representation today(EndorseUser reader) {
        return on(LocalDate.now(clock), reader);
    }

    /**
     * The register on a day. Candidates the heads of Customs endorsed, which every member has been told of, are
     * shown to all; running nominations only to those who may read them, as their proposals are.
     */
    @Transactional(readOnly = true)
    public Representation on(LocalDate day, EndorseUser reader) {
        Map<String, List<SeatHolding>> bySeat = holdings.findAllByOrderBySeatCodeAscTermFromDescMemberAsc().stream()
                .collect(Collectors.groupingBy(SeatHolding::getSeatCode));
        List<Representation.SeatRepresentation> seatViews = new ArrayList<>();
        for (Seat seat : seats.all()) {
            List<SeatHolding> all = bySeat.getOrDefault(seat.code(), List.of());
            List<Representation.Holder> current = holders(all.stream().filter(holding -> !holding.getTermFrom()
                    .isAfter(day) && (holding.getTermTo() == null || !holding.getTermTo().isBefore(day))));
            List<Representation.Holder> next = holders(all.stream().filter(holding -> holding.getTermFrom().isAfter(day))
                    .sorted(Comparator.comparing(SeatHolding::getTermFrom)));
            List<Representation.Holder> previous = holders(all.stream().filter(holding -> holding.getTermTo() != null
                    && holding.getTermTo().isBefore(day)));
            seatViews.add(new Representation.SeatRepresentation(seat.code(), seat.name(), seat.type(), seat.places(),
                    seat.hasFixedTerms() ? seat.term().toString() : null,
                    seat.hasFixedTerms() ? (int) seat.term().toTotalMonths() : null, seat.electedBy(), current, next,
                    previous, candidates.standingFor(seat).stream().filter(candidate -> candidate.status()
                            == ProposalStatus.ENDORSED || proposals.isVisible(reader, candidate.reference())).toList(),
                    Math.max(0, seat.places() - current.size())));
        }
        List<Representation.Hosting> hostings = entities.all().stream().filter(entity -> entity.host() != null)
                .map(entity -> new Representation.Hosting(entity.code(), entity.name(), entity.kind(), entity.host(),
                        members.nameOf(entity.host())))
                .toList();
        return new Representation(day, seatViews, hostings);
    }

    /** The register on a day as a spreadsheet: one line for each holder, candidate and hosting (RFC 4180, UTF-8). */
    @Transactional(readOnly = true)
    public String csv(LocalDate day, EndorseUser reader) {
        Representation register = on(day, reader);
        StringBuilder csv = new StringBuilder("seat,seat_name,places,standing,member,member_name,person,term_from,"
                + "term_to,elected_at,elected_on,reference\r\n");
        for (Representation.SeatRepresentation seat : register.seats()) {
            seat.current().forEach(holder -> holderLine(csv, seat, "current", holder));
            seat.next().forEach(holder -> holderLine(csv, seat, "next", holder));
            seat.candidates().forEach(candidate -> line(csv, seat.code(), seat.name(), String.valueOf(seat.places()),
                    "candidate: " + candidate.status().description(), candidate.member(), candidate.memberName(),
                    candidate.person(), candidate.termFrom(), candidate.termTo(), null, null, candidate.reference()));
            seat.previous().forEach(holder -> holderLine(csv, seat, "previous", holder));
        }
        for (Representation.Hosting hosting : register.hostings()) {
            line(csv, hosting.entity(), hosting.entityName(), "1", "host", hosting.host(), hosting.hostName(), null,
                    null, null, null, null, null);
        }
        return csv.toString();
    }

    private List<Representation.Holder> holders(Stream<SeatHolding> holdings) {
        return holdings.map(holding -> new Representation.Holder(holding.getMember(), members.nameOf(holding
                .getMember()), holding.getPerson(), holding.getTermFrom(), holding.getTermTo(),
                holding.getNominationReference(), holding.getElectedAt(), holding.getElectedOn())).toList();
    }

    private static void holderLine(StringBuilder csv, Representation.SeatRepresentation seat, String standing,
            Representation.Holder holder) {
        line(csv, seat.code(), seat.name(), String.valueOf(seat.places()), standing, holder.member(),
                holder.memberName(), holder.person(), holder.termFrom(), holder.termTo(), holder.electedAt(),
                holder.electedOn(), holder.nominationReference());
    }

    private static void line(StringBuilder csv, Object... values) {
        for (int index = 0; index < values.length; index++) {
            if (index > 0) {
                csv.append(',');
            }
            csv.append(field(values[index]));
        }
        csv.append("\r\n");
    }

    /**
     * A field quoted where it must be; one a spreadsheet would read as a formula (=, +, -, @) is opened with an
     * apostrophe, so that a name typed into a nomination never runs in whoever opens the file.
     */
    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
