package org.endorse.meeting;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.endorse.member.MemberDirectory;
import org.endorse.proposal.MeetingDecision;
import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalEvent;
import org.endorse.proposal.ProposalService;
import org.endorse.proposal.ProposalStage;
import org.endorse.proposal.ProposalStatus;
import org.endorse.proposal.ProposalStatusChanged;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings from convening to closing: the agenda built from waiting proposals, the papers, the chair's
 * decisions that move proposals on at once, the written procedure, and what happens to items on the way.
 */
@Service
public class MeetingService {

    private static final Logger log = LoggerFactory.getLogger(MeetingService.class);

    /** The longest reason of an objection, and note of a decision, that a record keeps. */
    static final int OBJECTION_REASON_LENGTH = 2000;
    static final int DECISION_NOTE_LENGTH = 1000;

    /** How lists of meetings may be sorted; the latest first unless asked otherwise. */
    static final PageQuery.Sorting SORTING = new PageQuery.Sorting(Map.of("start", "startDate", "number", "number",
            "status", "status"), "start,desc", "id");

    private final MeetingRepository meetings;
    private final MeetingWorkflow workflow;
    private final ProposalService proposals;
    private final MemberDirectory members;
    private final UserDirectory users;
    private final ContactPoints contactPoints;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MeetingService(MeetingRepository meetings, MeetingWorkflow workflow, ProposalService proposals,
            MemberDirectory members, UserDirectory users, ContactPoints contactPoints, Clock clock,
            ApplicationEventPublisher events) {
        this.meetings = meetings;
        this.contactPoints = contactPoints;
        this.workflow = workflow;
        this.proposals = proposals;
        this.members = members;
        this.users = users;
        this.clock = clock;
        this.events = events;
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
        Instant deadline = null;
        if (request.mode() == MeetingMode.WRITTEN_PROCEDURE) {
            if (request.objectionDeadline() == null || !request.objectionDeadline().isAfter(clock.instant())) {
                throw new InvalidFieldException("objectionDeadline", "error.meeting.objectionDeadline");
            }
            deadline = request.objectionDeadline();
        }
        String title = request.title() == null || request.title().isBlank()
                ? Texts.english(Meeting.nameText(request.type(), request.number())) : request.title().strip();
        Meeting meeting = meetings.saveAndFlush(new Meeting(request.type(), request.number(), title,
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
        return meetings.findWithAgendaById(id)
                .orElseThrow(() -> new NotFoundException("error.meeting.notFound", String.valueOf(id)));
    }

    /** Whether the user sees the meeting's agenda: staff always, member administrations once it is circulated. */
    public boolean showsAgendaTo(EndorseUser user, Meeting meeting) {
        return user.isStaff() || meeting.getStatus() != MeetingStatus.PLANNED;
    }

    /** The meeting as the user may see it, its agenda included where {@link #showsAgendaTo} allows. */
    @Transactional(readOnly = true)
    MeetingView view(EndorseUser user, Long id) {
        Meeting meeting = meeting(id);
        return MeetingView.of(meeting, showsAgendaTo(user, meeting));
    }

    /** Whether the user may record attendance now: the secretariat or a chair, until the meeting closes. */
    public boolean takesAttendanceFrom(EndorseUser user, Meeting meeting) {
        return (user.has(Role.SECRETARIAT) || meeting.isChairedBy(user.id()))
                && meeting.getStatus() != MeetingStatus.CLOSED;
    }

    /** Whether the user may record decisions now: a chair, while the meeting is open, unless it is written. */
    public boolean takesDecisionsFrom(EndorseUser user, Meeting meeting) {
        return meeting.isChairedBy(user.id()) && meeting.getMode() != MeetingMode.WRITTEN_PROCEDURE
                && meeting.getStatus() == MeetingStatus.OPEN;
    }

    @Transactional(readOnly = true)
    public List<Meeting> all() {
        return meetings.findAllByOrderByStartDateDescIdDesc();
    }

    @Transactional(readOnly = true)
    public List<Meeting> upcoming() {
        return meetings.findByStatusNotOrderByStartDateAscIdAsc(MeetingStatus.CLOSED);
    }

    /** service_assemble_agenda: every proposal waiting at the meeting's stages and on no other agenda. */
    @Transactional
    public void assembleAgenda(Long id) {
        Meeting meeting = meeting(id);
        List<AgendaItem> items = waitingFor(meeting).stream().map(p -> itemFor(meeting, p)).toList();
        meeting.replaceAgenda(groupedByHeading(items));
        log.info("Agenda of the {} assembled: {} item(s) waiting for it", meeting.name(), items.size());
    }

    /** The secretariat adds, removes and reorders items until the papers are circulated. */
    @Transactional
    public Meeting setAgenda(EndorseUser user, Long id, List<String> references) {
        requireSecretariat(user, Texts.of("error.meeting.action.changeAgenda"));
        Meeting meeting = meeting(id);
        if (meeting.getStatus() != MeetingStatus.PLANNED) {
            throw new ConflictException("error.meeting.agendaFixed", meeting.nameText());
        }
        if (new HashSet<>(references).size() != references.size()) {
            throw new InvalidFieldException("references", "error.meeting.duplicateReference");
        }
        Set<String> onOtherAgendas = meetings.findPendingItems(references).stream()
                .filter(item -> !item.getMeeting().getId().equals(id))
                .map(AgendaItem::getProposalReference).collect(Collectors.toSet());
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
                    .orElseGet(() -> itemFor(meeting, proposal)));
        }
        meeting.replaceAgenda(groupedByHeading(items));
        log.info("Agenda of the {} set by {}: {}", meeting.name(), user.id(), LogText.escaped(references));
        return meeting;
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

    /** service_circulate_papers: the papers go to every member; the mail issue will deliver them. */
    @Transactional
    public void papersCirculated(Long id) {
        Meeting meeting = meeting(id);
        meeting.papersCirculated(clock.instant());
        log.info("Papers of the {} circulated to the {} member administrations: {} agenda item(s){}", meeting.name(),
                members.all().size(), meeting.getAgenda().size(), meeting.getMode() == MeetingMode.WRITTEN_PROCEDURE
                        ? "; objections are due by " + meeting.getObjectionDeadline() : "");
        events.publishEvent(new MeetingPapersCirculated(meeting.getId(), meeting.nameText(), meeting.getStartDate(),
                meeting.getEndDate(), meeting.getMode().name(), meeting.getObjectionDeadline() == null ? null
                        : LocalDate.ofInstant(meeting.getObjectionDeadline(), ZoneOffset.UTC),
                meeting.getAgenda().stream().map(item -> item.getProposalReference() + " " + item.getProposalTitle())
                        .toList()));
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

    @Transactional
    public Meeting recordAttendance(EndorseUser user, Long id, Set<String> memberCodes) {
        Meeting meeting = meeting(id);
        if (!user.has(Role.SECRETARIAT) && !meeting.isChairedBy(user.id())) {
            throw new ForbiddenException("error.meeting.attendanceRecorderOnly");
        }
        requireNotClosed(meeting);
        for (String code : memberCodes) {
            if (!members.exists(code)) {
                throw new InvalidFieldException("members", "error.meeting.unknownMember", code);
            }
        }
        meeting.recordAttendance(memberCodes);
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
            take(meeting, item, decision.decision(), user.id(), decision.note(), "decisions[" + i + "].decision");
        }
        return meeting;
    }

    private void take(Meeting meeting, AgendaItem item, MeetingDecision decision, String actor, String note,
            String field) {
        ProposalStage stage = decision.stage();
        if (!meeting.getType().stages().contains(stage)) {
            throw new InvalidFieldException(field, "error.meeting.decisionNotHere", String.valueOf(meeting.getType()
                    .stages().stream().flatMap(s -> MeetingDecision.of(s).stream()).toList()),
                    meeting.getType().labelText());
        }
        MeetingDecision already = item.decisionAt(stage);
        if (already == decision) {
            return;
        }
        if (already != null) {
            throw new ConflictException("error.meeting.alreadyDecided", meeting.nameText(), already.name(),
                    item.getProposalReference(), decision.name());
        }
        if (item.getState() != AgendaItemState.PENDING) {
            MessageSourceResolvable state = Texts.of("error.meeting.item." + item.getState().name());
            throw item.getNote() == null
                    ? new ConflictException("error.meeting.itemNotOpen", item.getProposalReference(),
                            meeting.nameText(), state)
                    : new ConflictException("error.meeting.itemNotOpenWithNote", item.getProposalReference(),
                            meeting.nameText(), state, item.getNote());
        }
        if (stage == ProposalStage.ENDORSEMENT && item.getStage() == ProposalStage.REVIEW
                && item.getRecommendation() == null) {
            throw new ConflictException("error.meeting.recommendationFirst", item.getProposalReference());
        }
        boolean last = stage == ProposalStage.ENDORSEMENT || decision.defers()
                || !meeting.getType().stages().contains(ProposalStage.ENDORSEMENT);
        // Recorded on the item first: the decision may end the proposal, and the item must not then look undecided.
        item.record(decision, last);
        proposals.decideAtMeeting(item.getProposalReference(), decision, actor, meeting.name(), note);
    }

    /** A contact point objects, for its member administration, to an item of a written procedure before its deadline. */
    @Transactional
    public Meeting object(EndorseUser user, Long id, String reference, String member, String reason) {
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

    /**
     * service_conclude_written_procedure: at the deadline, silence is consent. Items without objection are
     * recommended and, where the meeting endorses, endorsed; an objection defers the item to the next meeting.
     */
    @Transactional
    public void concludeWrittenProcedure(Long id) {
        Meeting meeting = meeting(id);
        for (AgendaItem item : meeting.getAgenda()) {
            List<ProposalStage> stages = meeting.getType().stages().stream()
                    .filter(stage -> stage.ordinal() >= item.getStage().ordinal()).toList();
            for (ProposalStage stage : stages) {
                if (item.getState() != AgendaItemState.PENDING) {
                    break;
                }
                if (item.getObjections().isEmpty()) {
                    take(meeting, item, consent(stage), meeting.getChair(), "By written procedure: no objection"
                            + " by the deadline", "items");
                } else {
                    take(meeting, item, stage == ProposalStage.REVIEW ? MeetingDecision.DEFER : MeetingDecision.DEFERRED,
                            meeting.getChair(), "By written procedure: objection by " + item.getObjections().stream()
                                    .map(o -> members.nameOf(o.getMemberCode()) + " (" + o.getReason() + ")")
                                    .collect(Collectors.joining(", ")) + "; carried to the next meeting", "items");
                }
            }
        }
        log.info("Written procedure of the {} concluded at its deadline", meeting.name());
    }

    private static MeetingDecision consent(ProposalStage stage) {
        return stage == ProposalStage.REVIEW ? MeetingDecision.RECOMMEND : MeetingDecision.ENDORSED;
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

    /** service_close_meeting: nothing changes afterwards; undecided items wait for the next meeting. */
    @Transactional
    public void closed(Long id) {
        Meeting meeting = meeting(id);
        for (AgendaItem item : meeting.getAgenda()) {
            if (item.getState() == AgendaItemState.PENDING) {
                item.close(AgendaItemState.CARRIED_FORWARD, item.getRecommendation() == null
                        ? "Not taken up; it stays waiting for the next meeting"
                        : "Recommended; the endorsement stays waiting for the next conference");
            }
        }
        meeting.close(clock.instant());
        log.info("{} closed", meeting.name());
    }

    /** An item whose proposal ends elsewhere (withdrawn, closed by a competitor) leaves the agenda with a note. */
    @EventListener
    @Transactional
    public void onProposalStatusChanged(ProposalStatusChanged change) {
        if (!change.status().isFinal()) {
            return;
        }
        for (AgendaItem item : meetings.findPendingItems(List.of(change.reference()))) {
            if (change.status() == ProposalStatus.WITHDRAWN) {
                item.close(AgendaItemState.WITHDRAWN, "Withdrawn by " + members.nameOf(item.getSubmittingMember())
                        + " before the meeting decided it");
            } else {
                item.close(AgendaItemState.CLOSED, "Closed before the meeting decided it: "
                        + change.status().description() + lastNote(change.reference()));
            }
            log.info("{} left the agenda of the {}: {}", change.reference(), item.getMeeting().name(),
                    LogText.escaped(item.getNote()));
        }
    }

    private String lastNote(String reference) {
        return proposals.byReference(reference).latestEvent().map(ProposalEvent::getNote)
                .map(note -> " (" + note + ")").orElse("");
    }

    /** Proposals waiting at the meeting's stages and on no other meeting's agenda, oldest submission first. */
    private List<Proposal> waitingFor(Meeting meeting) {
        List<Proposal> waiting = proposals.waitingAt(meeting.getType().stages());
        Set<String> elsewhere = meetings.findPendingItems(waiting.stream().map(Proposal::getReference).toList())
                .stream().filter(item -> !item.getMeeting().getId().equals(meeting.getId()))
                .map(AgendaItem::getProposalReference).collect(Collectors.toSet());
        return waiting.stream().filter(p -> !elsewhere.contains(p.getReference())).toList();
    }

    /** What the secretariat may still add to a meeting's agenda: waiting proposals not on it or another one. */
    @Transactional(readOnly = true)
    public List<Proposal> candidates(Long id) {
        Meeting meeting = meeting(id);
        return waitingFor(meeting).stream().filter(p -> meeting.item(p.getReference()).isEmpty()).toList();
    }

    /** One page of the meetings, the latest first unless asked otherwise. */
    @Transactional(readOnly = true)
    public PageResult<Meeting> page(PageQuery page) {
        return PageResult.of(meetings.findAll(page.pageable(SORTING)), page, page.sortOrDefault(SORTING));
    }

    private AgendaItem itemFor(Meeting meeting, Proposal proposal) {
        ProposalStage stage = proposal.getStatus() == ProposalStatus.UNDER_REVIEW ? ProposalStage.REVIEW
                : ProposalStage.ENDORSEMENT;
        return new AgendaItem(meeting, proposal.getReference(), proposal.getTitle(), proposal.getSubmittingMember(),
                proposals.agendaHeading(proposal), stage);
    }

    /** Items sharing a heading sit together, where the first of them stands. */
    private static List<AgendaItem> groupedByHeading(List<AgendaItem> items) {
        Map<String, List<AgendaItem>> byHeading = new LinkedHashMap<>();
        items.forEach(item -> byHeading.computeIfAbsent(item.getHeading(), heading -> new ArrayList<>()).add(item));
        return byHeading.values().stream().flatMap(List::stream).toList();
    }

    private static void requireSecretariat(EndorseUser user, MessageSourceResolvable action) {
        if (!user.has(Role.SECRETARIAT)) {
            throw new ForbiddenException("error.meeting.secretariatOnly", action);
        }
    }

    private static void requireNotClosed(Meeting meeting) {
        if (meeting.getStatus() == MeetingStatus.CLOSED) {
            throw new ConflictException("error.meeting.closed", meeting.nameText());
        }
    }

    private static void requireOpen(Meeting meeting) {
        requireNotClosed(meeting);
        if (meeting.getStatus() != MeetingStatus.OPEN) {
            throw new ConflictException("error.meeting.notOpen", meeting.nameText(),
                    Texts.of("error.meeting.status." + meeting.getStatus().name()));
        }
    }
}
