package org.endorse.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.endorse.security.EndorseUser;
import org.endorse.system.ConflictException;
import org.endorse.system.Texts;
import org.springframework.context.MessageSourceResolvable;

/** A Regional Contact Points Meeting, Heads of Customs Conference or Joint Session, with its agenda. */
@Entity
@Table(name = "meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private MeetingType type;

    @Column(nullable = false)
    private int number;

    /** A joint session's number in the series of contact points meetings; its {@link #number} is the conference's. */
    @Column(name = "contact_points_number")
    private Integer contactPointsNumber;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "host_member", nullable = false, length = 8)
    private String hostMember;

    @Column(length = 200)
    private String venue;

    @Column(name = "chair_user", nullable = false, length = 64)
    private String chair;

    @Column(name = "alternate_chair_user", length = 64)
    private String alternateChair;

    /** Who chaired the meeting on behalf of the chair, as the record names them; null when the chair did. */
    @Column(name = "acting_chair", length = 200)
    private String actingChair;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private MeetingMode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private MeetingStatus status;

    @Column(name = "objection_deadline")
    private Instant objectionDeadline;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "circulated_at")
    private Instant circulatedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** Why a postponed or cancelled meeting did not take place on its dates. */
    @Column(name = "called_off_reason", length = 1000)
    private String calledOffReason;

    @Column(name = "called_off_at")
    private Instant calledOffAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "meeting_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "member_code", length = 8)
    private Set<String> attendance = new TreeSet<>();

    /** Regional entities attending as observers, by code: the WCO Secretariat, ROCB A/P, RILO A/P, the RPSG. */
    @ElementCollection
    @CollectionTable(name = "meeting_observer", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "entity_code", length = 16)
    private Set<String> observers = new TreeSet<>();

    /** Items taken off before the papers are circulated are drafts of the agenda, and go. */
    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC")
    private List<AgendaItem> agenda = new ArrayList<>();

    protected Meeting() {
    }

    Meeting(MeetingType type, int number, Integer contactPointsNumber, String title, LocalDate startDate, LocalDate endDate, ZoneId timeZone,
            String hostMember, String venue, String chair, String alternateChair, MeetingMode mode,
            Instant objectionDeadline, String createdBy) {
        this.type = type;
        this.number = number;
        this.contactPointsNumber = contactPointsNumber;
        this.title = title;
        this.startDate = startDate;
        this.endDate = endDate;
        this.timeZone = timeZone.getId();
        this.hostMember = hostMember;
        this.venue = venue;
        this.chair = chair;
        this.alternateChair = alternateChair;
        this.mode = mode;
        this.objectionDeadline = objectionDeadline;
        this.createdBy = createdBy;
        this.status = MeetingStatus.PLANNED;
    }

    boolean isChairedBy(String userId) {
        return userId.equals(chair) || userId.equals(alternateChair);
    }

    List<String> chairs() {
        return alternateChair == null ? List.of(chair) : List.of(chair, alternateChair);
    }

    /**
     * The most items an agenda holds, by any way in (assembled, set, added one at a time): more than any meeting of
     * the region has taken, and few enough for its papers' mail, its console and its record.
     */
    static final int MAX_AGENDA_ITEMS = 200;

    /** How many more items the agenda takes as it is (none, for one that held more before the limit). */
    int roomLeft() {
        return Math.max(0, MAX_AGENDA_ITEMS - agenda.size());
    }

    /** How many more items the agenda takes, besides the proposals still pending that a new agenda would replace. */
    int roomBesidesPendingProposals() {
        return Math.max(0, MAX_AGENDA_ITEMS - (int) agenda.stream()
                .filter(item -> !(item.isProposal() && item.getState() == AgendaItemState.PENDING)).count());
    }

    /**
     * Puts the proposals on the agenda in this order, except that items sharing a heading sit together, where the
     * first of them stands; items already decided or closed, and items that are not proposals, keep their place.
     */
    void replaceAgenda(List<AgendaItem> items) {
        if (items.size() > roomBesidesPendingProposals()) {
            throw new ConflictException("error.meeting.agendaFull", nameText(), MAX_AGENDA_ITEMS);
        }
        agenda.removeIf(item -> item.isProposal() && item.getState() == AgendaItemState.PENDING);
        Map<String, List<AgendaItem>> byHeading = new LinkedHashMap<>();
        items.forEach(item -> byHeading.computeIfAbsent(item.getHeading(), heading -> new ArrayList<>()).add(item));
        int position = agenda.stream().mapToInt(AgendaItem::getPosition).max().orElse(0);
        for (AgendaItem item : byHeading.values().stream().flatMap(List::stream).toList()) {
            item.placeAt(++position);
            agenda.add(item);
        }
        renumber();
    }

    /** Adds a report, a matter or a follow-up, at the end of its kind's section of the agenda. */
    void addItem(AgendaItem item) {
        if (roomLeft() == 0) {
            throw new ConflictException("error.meeting.agendaFull", nameText(), MAX_AGENDA_ITEMS);
        }
        item.placeAt(agenda.stream().mapToInt(AgendaItem::getPosition).max().orElse(0) + 1);
        agenda.add(item);
        renumber();
    }

    void removeItem(AgendaItem item) {
        agenda.remove(item);
        renumber();
    }

    /** Reports first, then follow-ups of action items, then proposals, then matters for discussion or decision. */
    private void renumber() {
        List<AgendaItem> ordered = agenda.stream().sorted(Comparator.comparingInt((AgendaItem item) -> item.getKind()
                .section()).thenComparingInt(AgendaItem::getPosition)).toList();
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).placeAt(i + 1);
        }
    }

    /** The proposal's item on this agenda. */
    Optional<AgendaItem> item(String reference) {
        return agenda.stream().filter(item -> item.isFor(reference)).findFirst();
    }

    Optional<AgendaItem> itemById(Long itemId) {
        return agenda.stream().filter(item -> item.getId().equals(itemId)).findFirst();
    }

    /** The agenda with items sharing a heading (competing nominations) together, in agenda order. */
    List<List<AgendaItem>> agendaByHeading() {
        var headings = new LinkedHashSet<String>();
        agenda.stream().sorted(Comparator.comparingInt(AgendaItem::getPosition))
                .forEach(item -> headings.add(item.getHeading()));
        return headings.stream().map(heading -> agenda.stream().filter(item -> item.getHeading().equals(heading))
                .sorted(Comparator.comparingInt(AgendaItem::getPosition)).toList()).toList();
    }

    /**
     * Sends the papers out: a meeting held in person or virtually then waits to be opened, while a written procedure
     * is open for objections at once, until its deadline.
     */
    void circulatePapers(Instant at) {
        circulatedAt = at;
        status = mode == MeetingMode.WRITTEN_PROCEDURE ? MeetingStatus.OPEN : MeetingStatus.AGENDA_CIRCULATED;
    }

    void open() {
        status = MeetingStatus.OPEN;
    }

    void close(Instant at) {
        status = MeetingStatus.CLOSED;
        closedAt = at;
    }

    void recordAttendance(Set<String> members, Set<String> observers, String actingChair) {
        attendance.clear();
        attendance.addAll(members);
        this.observers.clear();
        this.observers.addAll(observers);
        this.actingChair = actingChair;
    }

    /** The meeting does not take place on its dates: its undecided items go back to waiting. */
    void callOff(MeetingStatus status, String reason, Instant at) {
        for (AgendaItem item : agenda) {
            if (item.getState() == AgendaItemState.PENDING) {
                item.leaveUndecided(AgendaItemState.CARRIED_FORWARD, "The meeting was "
                        + (status == MeetingStatus.POSTPONED ? "postponed" : "cancelled")
                        + "; the item waits for the next meeting");
            }
        }
        this.status = status;
        this.calledOffReason = reason;
        this.calledOffAt = at;
    }

    /**
     * Whether the user sees the meeting's agenda and papers: staff always, member administrations once the papers
     * are circulated (a meeting postponed before that keeps them to staff).
     */
    public boolean showsAgendaTo(EndorseUser user) {
        return user.isStaff() || circulatedAt != null;
    }

    /** Whether the meeting has decided or concluded anything yet. */
    boolean hasDecided() {
        return agenda.stream().anyMatch(item -> item.getState() == AgendaItemState.DECIDED);
    }

    /** "31st Regional Contact Points Meeting", as the record and the timeline name it. */
    String name() {
        return Texts.english(nameText());
    }

    /** The name in its reader's language, for what Endorse tells users. */
    MessageSourceResolvable nameText() {
        return nameText(type, number, contactPointsNumber);
    }

    /**
     * "31st Regional Contact Points Meeting"; a joint session carries both bodies' numbers: "Joint Session of the
     * 21st Regional Heads of Customs Administrative Conference and the 30th Regional Contact Points Meeting".
     */
    static MessageSourceResolvable nameText(MeetingType type, int number, Integer contactPointsNumber) {
        if (type == MeetingType.JOINT_SESSION && contactPointsNumber != null) {
            return Texts.of("meeting.name.joint", ordinal(number),
                    MeetingType.HEADS_OF_CUSTOMS_CONFERENCE.labelText(), ordinal(contactPointsNumber),
                    MeetingType.CONTACT_POINTS_MEETING.labelText());
        }
        return Texts.of("meeting.name", ordinal(number), type.labelText());
    }

    private static MessageSourceResolvable ordinal(int number) {
        int lastTwo = number % 100;
        String ordinal = number == 1 ? "first" : lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (number % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return Texts.of("meeting.ordinal." + ordinal, String.valueOf(number));
    }

    public Long getId() {
        return id;
    }

    public MeetingType getType() {
        return type;
    }

    public int getNumber() {
        return number;
    }

    public Integer getContactPointsNumber() {
        return contactPointsNumber;
    }

    public String getActingChair() {
        return actingChair;
    }

    public Set<String> getObservers() {
        return Collections.unmodifiableSet(observers);
    }

    public String getCalledOffReason() {
        return calledOffReason;
    }

    public Instant getCalledOffAt() {
        return calledOffAt;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public String getHostMember() {
        return hostMember;
    }

    public String getVenue() {
        return venue;
    }

    public String getChair() {
        return chair;
    }

    public String getAlternateChair() {
        return alternateChair;
    }

    public MeetingMode getMode() {
        return mode;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public Instant getObjectionDeadline() {
        return objectionDeadline;
    }

    public Instant getCirculatedAt() {
        return circulatedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Set<String> getAttendance() {
        return Collections.unmodifiableSet(attendance);
    }

    public List<AgendaItem> getAgenda() {
        return Collections.unmodifiableList(agenda);
    }
}
