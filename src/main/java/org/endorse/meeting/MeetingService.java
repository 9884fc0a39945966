package org.endorse.meeting;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.endorse.member.Member;
import org.endorse.member.MemberDirectory;
import org.endorse.member.RegionalEntities;
import org.endorse.member.RegionalParties;
import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalService;
import org.endorse.security.ContactPoints;
import org.endorse.security.EndorseUser;
import org.endorse.security.Role;
import org.endorse.security.UserDirectory;
import org.endorse.system.ConflictException;
import org.endorse.system.ForbiddenException;
import org.endorse.system.InvalidFieldException;
import org.endorse.system.LogText;
import org.endorse.system.NotFoundException;
import org.endorse.system.PageQuery;
import org.endorse.system.PageResult;
import org.endorse.system.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What users do with meetings, from convening to closing: the secretariat sets the agenda, circulates it and
 * opens the meeting, the chair records decisions and closes it, contact points object in a written procedure;
 * and what they may see. What the meeting's process does by itself is in {@link MeetingProcessSteps}.
 */
@Service
public class MeetingService {

    private static final Logger log = LoggerFactory.getLogger(MeetingService.class);

    /** The longest reason of an objection, and note of a decision, that a record keeps. */
    static final int OBJECTION_REASON_LENGTH = 2000;
    static final int DECISION_NOTE_LENGTH = 1000;
    /** The longest name of who chaired on behalf of the chair, and title of a report or matter. */
    static final int ACTING_CHAIR_LENGTH = 200;
    static final int ITEM_TITLE_LENGTH = 200;
    static final int CALL_OFF_REASON_LENGTH = 1000;

    /** How lists of meetings may be sorted; the latest first unless asked otherwise. */
    static final PageQuery.Sorting SORTING = new PageQuery.Sorting(Map.of("start", "startDate", "number", "number",
            "status", "status"), "start,desc", "id");

    /** How lists of action items may be sorted; the soonest due first unless asked otherwise. */
    static final PageQuery.Sorting ACTION_ITEM_SORTING = new PageQuery.Sorting(Map.of("due", "dueOn"), "due,asc",
            "id");

    private final MeetingRepository meetings;
    private final MeetingWorkflow workflow;
    private final AgendaProposals agendaProposals;
    private final AgendaDecisions agendaDecisions;
    private final ProposalService proposals;
    private final MemberDirectory members;
    private final UserDirectory users;
    private final ContactPoints contactPoints;
    private final RegionalEntities entities;
    private final RegionalParties parties;
    private final ActionItems actionItems;
    private final MeetingProcessSteps processSteps;
    private final Clock clock;

    private final MeetingPapers papers;

    MeetingService(MeetingRepository meetings, MeetingWorkflow workflow, AgendaProposals agendaProposals,
            AgendaDecisions agendaDecisions, ProposalService proposals, MemberDirectory members, UserDirectory users,
            ContactPoints contactPoints, RegionalEntities entities, RegionalParties parties, ActionItems actionItems,
            MeetingProcessSteps processSteps, MeetingPapers papers, Clock clock) {
        this.papers = papers;
        this.meetings = meetings;
        this.workflow = workflow;
        this.agendaProposals = agendaProposals;
        this.agendaDecisions = agendaDecisions;
        this.proposals = proposals;
        this.members = members;
        this.users = users;
        this.contactPoints = contactPoints;
        this.entities = entities;
        this.parties = parties;
        this.actionItems = actionItems;
        this.processSteps = processSteps;
        this.clock = clock;
    }

    @Transactional
    public Meeting convene(EndorseUser user, MeetingRequests.Convene request) {
        requireSecretariat(user, Texts.of("error.meeting.action.convene"));
        ZoneId zone;
        try {
            zone = ZoneId.of(request.timeZone());
        } catch (DateTimeException e) {
            throw new InvalidFieldException("timeZone", "error.meeting.timeZone", request.timeZone());
        }
        if (request.endDate().isBefore(request.startDate())) {
            throw new InvalidFieldException("endDate", "error.meeting.endBeforeStart", request.startDate().toString());
        }
        if (!members.exists(request.hostMember())) {
            throw new InvalidFieldException("hostMember", "error.meeting.hostNotMember", request.hostMember());
        }
        if (!users.hasRole(request.chair(), Role.CHAIR)) {
            throw new InvalidFieldException("chair", "error.meeting.notChair", request.chair());
        }
        String alternate = request.alternateChair() == null || request.alternateChair().isBlank() ? null
                : request.alternateChair();
        if (alternate != null && !users.hasRole(alternate, Role.CHAIR)) {
            throw new InvalidFieldException("alternateChair", "error.meeting.notChair", alternate);
        }
        Integer contactPointsNumber = null;
        if (request.type() == MeetingType.JOINT_SESSION) {
            if (request.contactPointsNumber() == null) {
                throw new InvalidFieldException("contactPointsNumber", "error.meeting.contactPointsNumber");
            }
            contactPointsNumber = request.contactPointsNumber();
        }
        Instant deadline = null;
        if (request.mode() == MeetingMode.WRITTEN_PROCEDURE) {
            if (request.objectionDeadline() == null || !request.objectionDeadline().isAfter(clock.instant())) {
                throw new InvalidFieldException("objectionDeadline", "error.meeting.objectionDeadline");
            }
            deadline = request.objectionDeadline();
        }
        String title = request.title() == null || request.title().isBlank()
                ? Texts.english(Meeting.nameText(request.type(), request.number(), contactPointsNumber))
                : request.title().strip();
        Meeting meeting = meetings.saveAndFlush(new Meeting(request.type(), request.number(), contactPointsNumber, title,
                request.startDate(), request.endDate(), zone, request.hostMember(),
                request.venue() == null || request.venue().isBlank() ? null : request.venue().strip(), request.chair(),
                alternate, request.mode(), deadline, user.id()));
        workflow.start(meeting);
        log.info("{} convened by {} for {} to {} ({})", meeting.name(), user.id(), meeting.getStartDate(),
                meeting.getEndDate(), meeting.getMode());
        return meeting;
    }

    @Transactional(readOnly = true)
    public Meeting meeting(Long id) {
        return meetings.withAgenda(id);
    }

    /** Whether the user sees the meeting's agenda and papers ({@link Meeting#showsAgendaTo}). */
    public boolean showsAgendaTo(EndorseUser user, Meeting meeting) {
        return meeting.showsAgendaTo(user);
    }

    /** The meeting as the user may see it, its agenda included where {@link #showsAgendaTo} allows. */
    @Transactional(readOnly = true)
    MeetingView view(EndorseUser user, Long id) {
        Meeting meeting = meeting(id);
        return MeetingView.of(meeting, showsAgendaTo(user, meeting));
    }

    /** Whether the user may record attendance now: the secretariat or a chair, until the meeting closes. */
    public boolean takesAttendanceFrom(EndorseUser user, Meeting meeting) {
        return (user.has(Role.SECRETARIAT) || meeting.isChairedBy(user.id())) && !meeting.getStatus().isOver();
    }

    /** Whether the user may postpone or cancel the meeting now: the secretariat, until it decides anything. */
    public boolean callsOffFor(EndorseUser user, Meeting meeting) {
        return user.has(Role.SECRETARIAT) && !meeting.getStatus().isOver() && !meeting.hasDecided();
    }

    /** Whether the user may record decisions now: a chair, while the meeting is open, unless it is written. */
    public boolean takesDecisionsFrom(EndorseUser user, Meeting meeting) {
        return meeting.isChairedBy(user.id()) && meeting.getMode() != MeetingMode.WRITTEN_PROCEDURE
                && meeting.getStatus() == MeetingStatus.OPEN;
    }

    @Transactional(readOnly = true)
    public List<Meeting> upcoming() {
        return meetings.findByStatusInOrderByStartDateAscIdAsc(List.of(MeetingStatus.PLANNED,
                MeetingStatus.AGENDA_CIRCULATED, MeetingStatus.OPEN));
    }

    /** The secretariat adds, removes and reorders items until the papers are circulated. */
    @Transactional
    public Meeting setAgenda(EndorseUser user, Long id, List<String> references) {
        requireSecretariat(user, Texts.of("error.meeting.action.changeAgenda"));
        Meeting meeting = meeting(id);
        requirePlanned(meeting);
        if (new HashSet<>(references).size() != references.size()) {
            throw new InvalidFieldException("references", "error.meeting.duplicateReference");
        }
        int room = meeting.roomBesidesPendingProposals();
        if (references.size() > room) {
            throw new InvalidFieldException("references", "error.meeting.agendaRoom", Meeting.MAX_AGENDA_ITEMS,
                    room);
        }
        Set<String> onOtherAgendas = agendaProposals.onOtherAgendas(meeting, references);
        List<AgendaItem> items = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            String reference = references.get(i);
            Proposal proposal = proposals.findSubmitted(reference).orElseThrow(() -> new InvalidFieldException(
                    "references", "error.meeting.noSuchProposal", reference));
            if (meeting.getType().stages().stream().noneMatch(stage -> stage.waitingStatus() == proposal.getStatus())) {
                throw new InvalidFieldException("references[" + i + "]", "error.meeting.notDecidedHere", reference,
                        proposal.getStatus().descriptionText(), meeting.getType().labelText());
            }
            if (onOtherAgendas.contains(reference)) {
                throw new InvalidFieldException("references[" + i + "]", "error.meeting.onOtherAgenda", reference);
            }
            items.add(meeting.item(reference).filter(item -> item.getState() == AgendaItemState.PENDING)
                    .orElseGet(() -> agendaProposals.itemFor(meeting, proposal)));
        }
        List<Long> before = meeting.getAgenda().stream().map(AgendaItem::getId).toList();
        meeting.replaceAgenda(items);
        papers.keepWithMeeting(meeting, before.stream().filter(item -> meeting.itemById(item).isEmpty()).toList());
        log.info("Agenda of the {} set by {}: {}", meeting.name(), user.id(), LogText.escaped(references));
        return meeting;
    }

    /** The secretariat adds a report, or a matter for discussion or decision, until the papers are circulated. */
    @Transactional
    public Meeting addItem(EndorseUser user, Long id, MeetingRequests.Item request) {
        requireSecretariat(user, Texts.of("error.meeting.action.addItem"));
        Meeting meeting = meeting(id);
        requirePlanned(meeting);
        if (request.title() == null || request.title().isBlank() || request.title().length() > ITEM_TITLE_LENGTH) {
            throw new InvalidFieldException("title", "error.meeting.itemTitle", String.valueOf(ITEM_TITLE_LENGTH));
        }
        if (!request.kind().addedBySecretariat()) {
            throw new InvalidFieldException("kind", "error.meeting.itemKindNotAdded");
        }
        if (meeting.getMode() == MeetingMode.WRITTEN_PROCEDURE) {
            throw new ConflictException("error.meeting.writtenTakesProposals", meeting.nameText());
        }
        String presenter = request.presenter() == null || request.presenter().isBlank() ? null : request.presenter();
        if (presenter == null && request.kind() == AgendaItemKind.REPORT) {
            throw new InvalidFieldException("presenter", "error.meeting.presenterRequired");
        }
        if (presenter != null && !parties.exists(presenter)) {
            throw new InvalidFieldException("presenter", "error.meeting.unknownParty", presenter);
        }
        meeting.addItem(new AgendaItem(meeting, request.kind(), request.title().strip(), presenter));
        meetings.flush(); // the new item's id, which the chair's conclusion and its removal name
        log.info("{} item added to the agenda of the {} by {}: {}", request.kind(), meeting.name(), user.id(),
                LogText.escaped(request.title()));
        return meeting;
    }

    /** The secretariat takes a report, matter or follow-up off the agenda until the papers are circulated. */
    @Transactional
    public Meeting removeItem(EndorseUser user, Long id, Long itemId) {
        requireSecretariat(user, Texts.of("error.meeting.action.changeAgenda"));
        Meeting meeting = meeting(id);
        requirePlanned(meeting);
        AgendaItem item = itemOf(meeting, itemId);
        if (item.isProposal()) {
            throw new ConflictException("error.meeting.proposalItemByAgenda", String.valueOf(itemId),
                    String.valueOf(id));
        }
        meeting.removeItem(item);
        papers.keepWithMeeting(meeting, List.of(itemId));
        log.info("Item {} ({}) taken off the agenda of the {} by {}", itemId, LogText.escaped(item.getTitle()),
                meeting.name(), user.id());
        return meeting;
    }

    /**
     * The chair's conclusion on a report, matter or follow-up, with the action items agreed under it; all of it is
     * kept, or none.
     */
    @Transactional
    public Meeting conclude(EndorseUser user, Long id, Long itemId, MeetingRequests.Conclusion request) {
        Meeting meeting = meeting(id);
        if (!meeting.isChairedBy(user.id())) {
            throw new ForbiddenException("error.meeting.concluderOnly", meeting.nameText());
        }
        requireOpen(meeting);
        AgendaItem item = itemOf(meeting, itemId);
        if (item.isProposal()) {
            throw new ConflictException("error.meeting.conclusionOfProposal", String.valueOf(itemId),
                    String.valueOf(id));
        }
        if (item.getState() != AgendaItemState.PENDING) {
            throw new ConflictException("error.meeting.itemConcluded", String.valueOf(itemId), meeting.nameText(),
                    Texts.of("error.meeting.item." + item.getState().name()));
        }
        if (!item.getKind().conclusions().contains(request.conclusion())) {
            throw new InvalidFieldException("conclusion", "error.meeting.conclusionNotForKind",
                    item.getKind().conclusions().toString());
        }
        if (request.note() != null && request.note().length() > DECISION_NOTE_LENGTH) {
            throw new InvalidFieldException("note", "error.meeting.noteTooLong", String.valueOf(DECISION_NOTE_LENGTH));
        }
        List<MeetingRequests.Action> actions = request.actions() == null ? List.of() : request.actions();
        if (!actions.isEmpty() && item.getKind() == AgendaItemKind.FOLLOW_UP) {
            throw new InvalidFieldException("actions", "error.meeting.actionsNotHere");
        }
        LocalDate on = dayOf(meeting, request.decidedOn(), "decidedOn");
        actionItems.check(actions, on);
        item.conclude(request.conclusion(), request.note(), on);
        if (item.getKind() == AgendaItemKind.FOLLOW_UP) {
            actionItems.followedUp(meeting, item, request.conclusion(), request.note(), on);
        }
        actionItems.agree(meeting, item, actions, on);
        log.info("Item {} of the {} concluded by {}: {} {}", itemId, meeting.name(), user.id(),
                request.conclusion().verb(), LogText.escaped(item.getTitle()));
        return meeting;
    }

    /**
     * The secretariat postpones or cancels a meeting that has decided nothing yet: its items go back to waiting for
     * the next meeting, and everyone invited is told. A postponed meeting is convened again once its dates are known.
     */
    @Transactional
    public Meeting callOff(EndorseUser user, Long id, MeetingStatus outcome, String reason) {
        requireSecretariat(user, Texts.of("error.meeting.action.callOff"));
        if (reason == null || reason.isBlank() || reason.length() > CALL_OFF_REASON_LENGTH) {
            throw new InvalidFieldException("reason", "error.meeting.callOffReason",
                    String.valueOf(CALL_OFF_REASON_LENGTH));
        }
        Meeting meeting = meeting(id);
        requireNotClosed(meeting);
        if (meeting.hasDecided()) {
            throw new ConflictException("error.meeting.calledOffWithDecisions", meeting.nameText());
        }
        meeting.callOff(outcome, reason.strip(), clock.instant());
        if (!workflow.callOff(meeting)) {
            processSteps.announceCallOff(id);
        }
        log.info("{} {} by {}: {}", meeting.name(), outcome == MeetingStatus.POSTPONED ? "postponed" : "cancelled",
                user.id(), LogText.escaped(reason));
        return meeting;
    }

    private static AgendaItem itemOf(Meeting meeting, Long itemId) {
        return meeting.itemById(itemId).orElseThrow(() -> new NotFoundException("error.meeting.noSuchItem",
                String.valueOf(itemId), meeting.nameText()));
    }

    private static void requirePlanned(Meeting meeting) {
        requireNotClosed(meeting);
        if (meeting.getStatus() != MeetingStatus.PLANNED) {
            throw new ConflictException("error.meeting.agendaFixed", meeting.nameText());
        }
    }

    /** Completes the secretariat's agenda step; the process then circulates the papers. */
    @Transactional
    public Meeting circulate(EndorseUser user, Long id) {
        requireSecretariat(user, Texts.of("error.meeting.action.circulate"));
        Meeting meeting = meeting(id);
        workflow.complete(meeting, MeetingProcess.USER_PREPARE_AGENDA, user.id(),
                Texts.of("error.meeting.step.circulate"));
        return meeting;
    }

    @Transactional
    public Meeting open(EndorseUser user, Long id) {
        Meeting meeting = meeting(id);
        if (!user.has(Role.SECRETARIAT) && !meeting.isChairedBy(user.id())) {
            throw new ForbiddenException("error.meeting.openerOnly", meeting.nameText());
        }
        if (meeting.getMode() == MeetingMode.WRITTEN_PROCEDURE) {
            throw new ConflictException("error.meeting.writtenNotOpened", meeting.nameText());
        }
        workflow.complete(meeting, MeetingProcess.USER_OPEN_MEETING, user.id(), Texts.of("error.meeting.step.open"));
        meeting.open();
        log.info("{} opened by {}", meeting.name(), user.id());
        return meeting;
    }

    /** Who attended, as the secretariat or a chair records it during the meeting or, for a past one, afterwards. */
    @Transactional
    public Meeting recordAttendance(EndorseUser user, Long id, MeetingRequests.Attendance attendance) {
        Meeting meeting = meeting(id);
        if (!user.has(Role.SECRETARIAT) && !meeting.isChairedBy(user.id())) {
            throw new ForbiddenException("error.meeting.attendanceRecorderOnly");
        }
        requireNotClosed(meeting);
        Set<String> belonging = members.during(meeting.getStartDate(), meeting.getEndDate()).stream()
                .map(Member::getCode).collect(Collectors.toSet());
        for (String code : attendance.members()) {
            if (!members.exists(code)) {
                throw new InvalidFieldException("members", "error.meeting.unknownMember", code);
            }
            if (!belonging.contains(code)) {
                throw new InvalidFieldException("members", "error.meeting.notMemberThen", members.nameOf(code),
                        meeting.getStartDate().toString());
            }
        }
        Set<String> observers = attendance.observers() == null ? Set.of() : attendance.observers();
        for (String code : observers) {
            if (!entities.exists(code)) {
                throw new InvalidFieldException("observers", "error.meeting.unknownEntity", code);
            }
        }
        String actingChair = attendance.actingChair() == null || attendance.actingChair().isBlank() ? null
                : attendance.actingChair().strip();
        if (actingChair != null && actingChair.length() > ACTING_CHAIR_LENGTH) {
            throw new InvalidFieldException("actingChair", "error.meeting.textTooLong",
                    String.valueOf(ACTING_CHAIR_LENGTH));
        }
        meeting.recordAttendance(attendance.members(), observers, actingChair);
        return meeting;
    }

    /**
     * The chair's decisions, applied in order; each moves its proposal on at once. Recording a decision
     * already taken is harmless; a different decision on the same item is a conflict, and then none is kept.
     */
    @Transactional
    public Meeting decide(EndorseUser user, Long id, List<MeetingRequests.Decision> decisions) {
        Meeting meeting = meeting(id);
        if (!meeting.isChairedBy(user.id())) {
            throw meeting.getAlternateChair() == null
                    ? new ForbiddenException("error.meeting.chairOnly", meeting.nameText(), meeting.getChair())
                    : new ForbiddenException("error.meeting.chairsOnly", meeting.nameText(), meeting.getChair(),
                            meeting.getAlternateChair());
        }
        if (meeting.getMode() == MeetingMode.WRITTEN_PROCEDURE) {
            throw new ConflictException("error.meeting.writtenNotDecided", meeting.nameText());
        }
        requireOpen(meeting);
        for (int i = 0; i < decisions.size(); i++) {
            MeetingRequests.Decision decision = decisions.get(i);
            AgendaItem item = meeting.item(decision.reference()).orElseThrow(() -> new NotFoundException(
                    "error.meeting.notOnAgenda", decision.reference(), meeting.nameText()));
            if (decision.note() != null && decision.note().length() > DECISION_NOTE_LENGTH) {
                throw new InvalidFieldException("decisions[" + i + "].note", "error.meeting.noteTooLong",
                        String.valueOf(DECISION_NOTE_LENGTH));
            }
            LocalDate decidedOn = dayOf(meeting, decision.decidedOn(), "decisions[" + i + "].decidedOn");
            agendaDecisions.take(meeting, item, decision.decision(), user.id(), decision.note(), decidedOn,
                    "decisions[" + i + "].decision");
        }
        return meeting;
    }

    /** A contact point objects, for its member administration, to an item of a written procedure before its deadline. */
    @Transactional
    public Meeting object(EndorseUser user, Long id, String reference, String member, String reason) {
        meetings.lockById(id);
        Meeting meeting = meeting(id);
        if (!user.has(Role.CONTACT_POINT)) {
            throw new ForbiddenException("error.meeting.objectorOnly");
        }
        String memberCode = contactPoints.memberSpokenFor(user, member);
        if (reason == null || reason.isBlank() || reason.length() > OBJECTION_REASON_LENGTH) {
            throw new InvalidFieldException("reason", "error.meeting.objectionReason",
                    String.valueOf(OBJECTION_REASON_LENGTH));
        }
        if (meeting.getMode() != MeetingMode.WRITTEN_PROCEDURE) {
            throw new ConflictException("error.meeting.notWritten", meeting.nameText());
        }
        requireOpen(meeting);
        if (!clock.instant().isBefore(meeting.getObjectionDeadline())) {
            throw new ConflictException("error.meeting.objectionsClosed", meeting.getObjectionDeadline().toString());
        }
        AgendaItem item = meeting.item(reference).orElseThrow(() -> new NotFoundException(
                "error.meeting.notOnAgenda", reference, meeting.nameText()));
        if (item.getState() != AgendaItemState.PENDING) {
            throw new ConflictException("error.meeting.notOpenForObjection", reference);
        }
        item.getObjections().stream().filter(objection -> objection.getMemberCode().equals(memberCode)).findFirst()
                .ifPresent(earlier -> {
                    throw new ConflictException("error.meeting.alreadyObjected", members.nameOf(memberCode), reference,
                            earlier.getRaisedBy(), earlier.getRaisedAt().toString());
                });
        item.addObjection(new AgendaItem.Objection(item, memberCode, user.id(), clock.instant(), reason.strip()));
        log.info("Objection by {} ({}) to {} in the {}", members.nameOf(memberCode), user.id(), reference,
                meeting.name());
        return meeting;
    }

    @Transactional
    public Meeting close(EndorseUser user, Long id) {
        Meeting meeting = meeting(id);
        if (!meeting.isChairedBy(user.id())) {
            throw new ForbiddenException("error.meeting.closerOnly", meeting.nameText());
        }
        requireOpen(meeting);
        workflow.complete(meeting, MeetingProcess.USER_HOLD_MEETING, user.id(), Texts.of("error.meeting.step.close"));
        return meeting;
    }

    /** A page of the open action items, the soonest due first unless asked otherwise. */
    @Transactional(readOnly = true)
    public PageResult<ActionItem> openActionItems(PageQuery page) {
        return page.read(ACTION_ITEM_SORTING, actionItems::open);
    }

    /** The action items a meeting agreed, in the order it agreed them. */
    @Transactional(readOnly = true)
    public List<ActionItem> actionItemsAgreedAt(Meeting meeting) {
        return actionItems.agreedAt(meeting);
    }

    /** What the secretariat may still add to a meeting's agenda: waiting proposals not on it or another one. */
    @Transactional(readOnly = true)
    public List<Proposal> candidates(Long id) {
        Meeting meeting = meeting(id);
        return agendaProposals.waitingFor(meeting).stream().filter(p -> meeting.item(p.getReference()).isEmpty())
                .toList();
    }

    /** One page of the meetings in the given statuses (any, if none is given), the latest first by default. */
    @Transactional(readOnly = true)
    public PageResult<Meeting> page(Collection<MeetingStatus> statuses, PageQuery page) {
        return page.read(SORTING, pageable -> statuses.isEmpty() ? meetings.findAll(pageable)
                : meetings.findByStatusIn(statuses, pageable));
    }

    private static void requireSecretariat(EndorseUser user, MessageSourceResolvable action) {
        if (!user.has(Role.SECRETARIAT)) {
            throw new ForbiddenException("error.meeting.secretariatOnly", action);
        }
    }

    private static void requireNotClosed(Meeting meeting) {
        if (meeting.getStatus().isOver()) {
            throw new ConflictException("error.meeting.over", meeting.nameText(),
                    Texts.of("error.meeting.status." + meeting.getStatus().name()));
        }
    }

    /**
     * The day of the meeting a decision was taken on: the one the chair gives, which must be one of the meeting's
     * days, or else its first day (a written procedure's: the day of its deadline, in the meeting's time zone).
     */
    static LocalDate dayOf(Meeting meeting, LocalDate given, String field) {
        if (given == null) {
            return meeting.getMode() == MeetingMode.WRITTEN_PROCEDURE
                    ? LocalDate.ofInstant(meeting.getObjectionDeadline(), meeting.getTimeZone())
                    : meeting.getStartDate();
        }
        if (given.isBefore(meeting.getStartDate()) || given.isAfter(meeting.getEndDate())) {
            throw new InvalidFieldException(field, "error.meeting.dayNotOfMeeting", given.toString(),
                    meeting.getStartDate().toString(), meeting.getEndDate().toString());
        }
        return given;
    }

    private static void requireOpen(Meeting meeting) {
        requireNotClosed(meeting);
        if (meeting.getStatus() != MeetingStatus.OPEN) {
            throw new ConflictException("error.meeting.notOpen", meeting.nameText(),
                    Texts.of("error.meeting.status." + meeting.getStatus().name()));
        }
    }
}
