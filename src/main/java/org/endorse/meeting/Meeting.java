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

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "meeting_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "member_code", length = 8)
    private Set<String> attendance = new TreeSet<>();

    /** Items taken off before the papers are circulated are drafts of the agenda, and go. */
    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC")
    private List<AgendaItem> agenda = new ArrayList<>();

    protected Meeting() {
    }

    Meeting(MeetingType type, int number, String title, LocalDate startDate, LocalDate endDate, ZoneId timeZone,
            String hostMember, String venue, String chair, String alternateChair, MeetingMode mode,
            Instant objectionDeadline, String createdBy) {
        this.type = type;
        this.number = number;
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
     * Puts the proposals on the agenda in this order, except that items sharing a heading sit together, where the
     * first of them stands; items already decided or closed keep their place.
     */
    void replaceAgenda(List<AgendaItem> items) {
        agenda.removeIf(item -> item.getState() == AgendaItemState.PENDING);
        Map<String, List<AgendaItem>> byHeading = new LinkedHashMap<>();
        items.forEach(item -> byHeading.computeIfAbsent(item.getHeading(), heading -> new ArrayList<>()).add(item));
        int position = agenda.size();
        for (AgendaItem item : byHeading.values().stream().flatMap(List::stream).toList()) {
            item.placeAt(++position);
            agenda.add(item);
        }
    }

    Optional<AgendaItem> item(String reference) {
        return agenda.stream().filter(item -> item.getProposalReference().equals(reference)).findFirst();
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

    void recordAttendance(Set<String> members) {
        attendance.clear();
        attendance.addAll(members);
    }

    /** "31st Regional Contact Points Meeting", as the record and the timeline name it. */
    String name() {
        return Texts.english(nameText());
    }

    /** The name in its reader's language, for what Endorse tells users. */
    MessageSourceResolvable nameText() {
        return nameText(type, number);
    }

    static MessageSourceResolvable nameText(MeetingType type, int number) {
        int lastTwo = number % 100;
        String ordinal = number == 1 ? "first" : lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (number % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return Texts.of("meeting.name", Texts.of("meeting.ordinal." + ordinal, String.valueOf(number)),
                type.labelText());
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
