package org.endorse.proposal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.endorse.member.Member;
import org.endorse.member.MemberDirectory;
import org.endorse.security.EndorseUser;
import org.endorse.security.Role;
import org.endorse.system.ConflictException;
import org.endorse.system.ForbiddenException;
import org.endorse.system.InvalidFieldException;
import org.endorse.system.LogText;
import org.endorse.system.NotFoundException;
import org.endorse.system.PageQuery;
import org.endorse.system.PageResult;
import org.endorse.system.PlausibleDates;
import org.endorse.system.Texts;
import org.endorse.system.WorldDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafting, submitting, withdrawing and reading proposals of every kind, with who may do what. */
@Service
public class ProposalService {

    private static final Logger log = LoggerFactory.getLogger(ProposalService.class);

    /** How lists of proposals may be sorted; the newest first unless asked otherwise. */
    static final PageQuery.Sorting SORTING = new PageQuery.Sorting(Map.of("created", "createdAt", "submitted",
            "submittedAt", "closed", "closedAt", "reference", "reference", "title", "title", "status", "status",
            "member", "submittingMember"), "created,desc", "id");

    private final ProposalRepository proposals;
    private final ReferenceNumbers references;
    private final ProposalProcesses processes;
    private final ProposalWorkflow workflow;
    private final MemberDirectory members;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ProposalDocuments proposalDocuments;

    ProposalService(ProposalRepository proposals, ReferenceNumbers references, ProposalProcesses processes,
            ProposalWorkflow workflow, MemberDirectory members, Clock clock, ApplicationEventPublisher events,
            ProposalDocuments proposalDocuments) {
        this.proposals = proposals;
        this.references = references;
        this.processes = processes;
        this.workflow = workflow;
        this.members = members;
        this.clock = clock;
        this.events = events;
        this.proposalDocuments = proposalDocuments;
    }

    /**
     * Saves a new draft for a member administration the user acts for; the secretariat drafts proposals of the
     * kinds it may draft for the member administration that speaks for the regional body.
     */
    private Proposal createDraft(EndorseUser user, ProposalKind kind, String title, String memberCode) {
        if (!members.isCurrent(memberCode)) {
            throw new InvalidFieldException("submittingMember", "error.member.notInRegion", memberCode);
        }
        if (!mayDraftFor(user, kind, memberCode)) {
            throw new ForbiddenException("error.proposal.notYourMember", members.nameOf(memberCode));
        }
        boolean bySecretariat = !user.actsFor(memberCode);
        Instant now = clock.instant();
        String reference = references.next(kind, now.atZone(ZoneOffset.UTC).getYear());
        Proposal proposal = proposals.save(new Proposal(reference, kind, title, memberCode, user.id(), now,
                bySecretariat));
        log.info("{} {} drafted by {} for {}", kind.label(), reference, user.id(), members.nameOf(memberCode));
        return proposal;
    }

    /** Saves a new draft with its kind's details (who may draft for whom: see {@link #createDraft}). */
    @Transactional
    public <R extends ProposalRequest> Proposal draft(EndorseUser user, ProposalPartWriter<R> kind, R request) {
        kind.check(request);
        Proposal proposal = createDraft(user, kind.kind(), request.title().strip(), request.submittingMember());
        kind.create(proposal, request);
        return proposal;
    }

    /** Edits a draft, or a proposal returned for amendment or in revision, with its kind's details. */
    @Transactional
    public <R extends ProposalRequest> Proposal edit(EndorseUser user, String reference, ProposalPartWriter<R> kind,
            R request) {
        kind.check(request);
        Proposal proposal = editable(user, reference, kind.kind(), request.submittingMember());
        proposal.retitle(request.title().strip());
        kind.update(reference, request);
        return proposal;
    }

    /**
     * Whether the user may draft a proposal of this kind for the member administration: one they act for, or,
     * for the secretariat, any that speaks for a regional body of a kind it drafts.
     */
    private static boolean mayDraftFor(EndorseUser user, ProposalKind kind, String memberCode) {
        return user.actsFor(memberCode) || (kind.isDraftableBySecretariat() && user.has(Role.SECRETARIAT));
    }

    /** The member administrations the user may draft a proposal of this kind for, as a form offers them. */
    @Transactional(readOnly = true)
    public List<Member> membersDraftableBy(EndorseUser user, ProposalKind kind) {
        return members.current().stream().filter(member -> mayDraftFor(user, kind, member.getCode())).toList();
    }

    /** The one member administration the user may draft for, if there is only one, for a new form to offer. */
    @Transactional(readOnly = true)
    public String onlyMemberDraftableBy(EndorseUser user, ProposalKind kind) {
        List<Member> draftable = membersDraftableBy(user, kind);
        return draftable.size() == 1 ? draftable.get(0).getCode() : null;
    }

    /** A proposal the user may change: a draft, or one returned for amendment, of their own member. */
    @Transactional
    public Proposal editable(EndorseUser user, String reference) {
        return editable(user, visible(user, reference), "error.proposal.notEditable");
    }

    /** The proposal, if the user may change it; otherwise the error that says why not, 409 with this code. */
    private Proposal editable(EndorseUser user, Proposal proposal, String notEditableCode) {
        requireDrafter(user, proposal, Texts.of("error.proposal.action.edit"));
        if (!proposal.getStatus().isEditable()) {
            throw new ConflictException(notEditableCode, proposal.getReference(),
                    proposal.getStatus().descriptionText());
        }
        return proposal;
    }

    /**
     * A proposal of the given kind the user may change, whose submitting member the edit keeps: a kind's own
     * endpoint edits only its own kind, and a draft stays with the member it was drafted for.
     */
    private Proposal editable(EndorseUser user, String reference, ProposalKind kind, String submittingMember) {
        // An edit at the very moment of a submission waits for it, then finds the proposal no longer editable:
        // what was submitted is what the secretariat checks.
        proposals.lockByReference(reference);
        return editableOfKind(user, reference, kind, submittingMember);
    }

    /** A proposal of the given kind the user may change, as its kind's edit form opens it. */
    @Transactional(readOnly = true)
    public Proposal editable(EndorseUser user, String reference, ProposalKind kind) {
        return editableOfKind(user, reference, kind, visible(user, reference).getSubmittingMember());
    }

    private Proposal editableOfKind(EndorseUser user, String reference, ProposalKind kind, String submittingMember) {
        Proposal proposal = editable(user, reference);
        if (proposal.getKind() != kind) {
            throw new InvalidFieldException("reference", "error.proposal.otherKind", reference,
                    proposal.getKind().labelText(), kind.labelText());
        }
        if (!proposal.getSubmittingMember().equals(submittingMember)) {
            throw new InvalidFieldException("submittingMember", "error.proposal.memberFixed",
                    proposal.getSubmittingMember());
        }
        return proposal;
    }

    /** Submits a draft, or resubmits a proposal after its amendment. */
    @Transactional
    public Proposal submit(EndorseUser user, String reference) {
        return submit(user, reference, null);
    }

    /**
     * Submits a draft, or resubmits it after amending. A first submission may be one made before the region used
     * Endorse ({@code past}): it is dated on the day it was made, with a note saying how, and takes its place
     * among the waiting proposals by that day.
     */
    @Transactional
    public Proposal submit(EndorseUser user, String reference, PastSubmission given) {
        PastSubmission past = given != null && given.isGiven() ? given : null;
        // Submitted twice at the same moment (a double click, two colleagues): the second submission waits on
        // the lock for the first to commit, then finds the proposal submitted and is told so.
        proposals.lockByReference(reference);
        Proposal proposal = visible(user, reference);
        proposal = editable(user, proposal,
                proposal.isSubmitted() ? "error.proposal.alreadySubmitted" : "error.proposal.notEditable");
        ProposalProcess process = processes.of(proposal.getKind());
        Instant now = clock.instant();
        String note = process.onSubmit(proposal, user);
        if (past != null && proposal.getStatus() != ProposalStatus.DRAFT) {
            throw new ConflictException("error.proposal.pastOnlyFirst", reference);
        }
        if (past == null) {
            // A submission made before the region used Endorse is entered as it was, without today's rule.
            proposalDocuments.requireDocuments(proposal);
        }
        if (proposal.getStatus() == ProposalStatus.DRAFT) {
            if (past == null) {
                proposal.record(ProposalEventType.SUBMITTED, user.id(), now, note);
                proposal.markSubmitted(now);
            } else {
                checkPast(past);
                String text = "Submitted on " + past.submittedOn() + ", entered afterwards: " + past.note().strip()
                        + (note == null ? "" : ". " + note);
                proposal.record(ProposalEventType.SUBMITTED, user.id(), now, text, past.submittedOn());
                proposal.markSubmitted(past.submittedOn().atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            proposals.flush();
            workflow.start(process, proposal);
            log.info("{} {} submitted by {}; the secretariat now checks it", proposal.getKind().label(), reference,
                    user.id());
        } else {
            proposal.record(ProposalEventType.AMENDED, user.id(), now,
                    "Amended and resubmitted" + (note == null ? "" : ": " + note));
            proposals.flush();
            var task = workflow.openTask(reference, processes.resubmitTaskKeys(proposal.getKind()))
                    .orElseThrow(() -> new ConflictException("error.proposal.notAwaitingAmendment", reference));
            workflow.completeAs(reference, task, user.id(), Map.of());
            log.info("{} {} amended and resubmitted by {}", proposal.getKind().label(), reference, user.id());
        }
        return proposal;
    }

    /** A past submission's day has passed everywhere in the region and is a plausible year; its note says how. */
    private void checkPast(PastSubmission past) {
        LocalDate earliestToday = WorldDays.earliest(clock.instant());
        if (past.submittedOn() == null) {
            throw new InvalidFieldException("submittedOn", "error.proposal.pastSubmissionDay", "");
        }
        if (!past.submittedOn().isBefore(earliestToday) || !PlausibleDates.isPlausible(past.submittedOn())) {
            throw new InvalidFieldException("submittedOn", "error.proposal.pastSubmissionDay",
                    past.submittedOn().toString());
        }
        if (past.note() == null || past.note().isBlank() || past.note().length() > PastSubmission.NOTE_LENGTH) {
            throw new InvalidFieldException("note", "error.proposal.pastSubmissionNote",
                    String.valueOf(PastSubmission.NOTE_LENGTH));
        }
    }

    /** Withdraws a proposal of the user's member at any point before it is decided. */
    @Transactional
    public Proposal withdraw(EndorseUser user, String reference, String reason) {
        Proposal proposal = visible(user, reference);
        requireDrafter(user, proposal, Texts.of("error.proposal.action.withdraw"));
        ProposalStatus status = proposal.getStatus();
        if (status.isFinal()) {
            throw new ConflictException("error.proposal.notWithdrawable", reference, status.descriptionText());
        }
        Instant now = clock.instant();
        proposal.record(ProposalEventType.WITHDRAWN, user.id(), now, reason);
        if (status == ProposalStatus.DRAFT) {
            proposal.moveTo(ProposalStatus.WITHDRAWN, now, true);
            proposals.flush();
        } else {
            proposals.flush();
            workflow.correlate(processes.of(proposal.getKind()).withdrawalMessage(), reference);
        }
        log.info("{} {} withdrawn by {}", proposal.getKind().label(), reference, user.id());
        return proposal;
    }

    /**
     * The secretariat places a proposal waiting for the contact points' review directly before the heads of
     * Customs, as the region does when no contact points meeting comes before the heads of Customs' next one; the
     * reason is kept in the timeline.
     */
    @Transactional
    public Proposal placeBeforeHeadsOfCustoms(EndorseUser user, String reference, String reason) {
        if (!user.has(Role.SECRETARIAT)) {
            throw new ForbiddenException("error.proposal.placeSecretariatOnly", reference);
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidFieldException("reason", "error.proposal.placeReasonRequired");
        }
        proposals.lockByReference(reference);
        Proposal proposal = visible(user, reference);
        if (proposal.getStatus() != ProposalStatus.UNDER_REVIEW) {
            throw new ConflictException("error.proposal.notAwaitingReview", reference,
                    proposal.getStatus().descriptionText());
        }
        if (!workflow.waitsFor(ProposalEndorsementProcess.MESSAGE_PLACED_BEFORE_HEADS, reference)) {
            throw new ConflictException("error.proposal.submittedBeforeDirectPlacing", reference);
        }
        proposal.record(ProposalEventType.PLACED_BEFORE_HEADS, user.id(), clock.instant(), reason.strip());
        proposals.flush();
        workflow.correlate(ProposalEndorsementProcess.MESSAGE_PLACED_BEFORE_HEADS, reference);
        log.info("{} placed directly before the heads of Customs by {}: {}", reference, user.id(),
                LogText.escaped(reason.strip()));
        return proposal;
    }

    /**
     * A proposal the user may see. Another member's draft, or any proposal of another member for a member
     * user, is reported as not found, so nobody learns what others are drafting.
     */
    @Transactional(readOnly = true)
    public boolean isVisible(EndorseUser user, String reference) {
        return proposals.findByReference(reference).filter(proposal -> ProposalVisibility.mayRead(user, proposal))
                .isPresent();
    }

    @Transactional(readOnly = true)
    public Proposal visible(EndorseUser user, String reference) {
        Proposal proposal = proposals.findByReference(reference).orElse(null);
        if (proposal == null || !ProposalVisibility.mayRead(user, proposal)) {
            throw new NotFoundException("error.proposal.notVisible", reference);
        }
        return proposal;
    }

    /** One page of the proposals the user may see that match the search. */
    @Transactional(readOnly = true)
    public PageResult<Proposal> search(EndorseUser user, ProposalSearch search, PageQuery page) {
        return page.read(SORTING, pageable -> proposals.findAll(ProposalVisibility.readableBy(user)
                .and(ProposalVisibility.matching(search)), pageable));
    }

    /** How many proposals the user may see are in each status, for an overview. */
    @Transactional(readOnly = true)
    public Map<ProposalStatus, Long> countByStatus(EndorseUser user) {
        return proposals.countByStatus(ProposalVisibility.readableBy(user));
    }

    /** The latest decisions of meetings on proposals the user may see, newest first. */
    @Transactional(readOnly = true)
    public List<ProposalEvent> latestDecisions(EndorseUser user, int limit) {
        Set<ProposalEventType> decisions = Arrays.stream(MeetingDecision.values()).map(MeetingDecision::event)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProposalEventType.class)));
        return proposals.latestEvents(ProposalVisibility.readableBy(user), decisions, limit);
    }

    /** Whether the user drafted the proposal, and so may edit, submit and withdraw it. */
    public boolean isDrafter(EndorseUser user, Proposal proposal) {
        return ProposalVisibility.isDrafter(user, proposal);
    }

    private void requireDrafter(EndorseUser user, Proposal proposal, MessageSourceResolvable action) {
        if (!ProposalVisibility.isDrafter(user, proposal)) {
            throw new ForbiddenException(proposal.isDraftedBySecretariat() ? "error.proposal.drafterOrSecretariatOnly"
                    : "error.proposal.drafterOnly", members.nameOf(proposal.getSubmittingMember()), action,
                    proposal.getReference());
        }
    }

    /** A proposal that has been submitted (drafts are nobody's business but their member's). */
    @Transactional(readOnly = true)
    public Optional<Proposal> findSubmitted(String reference) {
        return proposals.findByReference(reference).filter(Proposal::isSubmitted);
    }

    /** Used by the processes themselves: a proposal by reference, whoever is asking. */
    @Transactional(readOnly = true)
    public Proposal byReference(String reference) {
        return proposals.findByReference(reference)
                .orElseThrow(() -> new NotFoundException("error.proposal.notFound", reference));
    }

    /** Records what a user decided on a proposal's task. */
    @Transactional
    public void recordDecision(String reference, ProposalEventType type, String actor, String note) {
        recordDecision(reference, type, actor, note, null);
    }

    /** Records a step taken on another day than today, such as one brought in from the region's history. */
    public void recordDecision(String reference, ProposalEventType type, String actor, String note, LocalDate dated) {
        Proposal proposal = byReference(reference);
        proposal.record(type, actor, clock.instant(), note, dated);
        proposals.flush();
    }

    /**
     * Completes the proposal's open task that a kind's own endpoint stands for (recording a recognition, say) as
     * the user, in its process or one it called; 409, saying what the task waits for, when the proposal is not
     * at that task. With a candidate group, the one of several parallel tasks that is open to that group.
     */
    @Transactional
    public void completeKindTask(EndorseUser user, String reference, String taskKey, String candidateGroup,
            Map<String, Object> variables, MessageSourceResolvable what) {
        if (candidateGroup == null) {
            workflow.completeTask(reference, taskKey, user.id(), variables, what);
        } else {
            workflow.completeTaskOfGroup(reference, taskKey, candidateGroup, user.id(), variables, what);
        }
    }

    /** The proposals are in the papers of a meeting just circulated: every member administration may read them. */
    @Transactional
    public void markInCirculatedPapers(Collection<String> references, Instant at) {
        proposals.findByReferenceIn(references).forEach(proposal -> proposal.markInCirculatedPapers(at));
    }

    /**
     * Closes a running proposal because of something outside it, such as a competing nomination endorsed: the
     * timeline says why, and the kind's message ends its process.
     */
    @Transactional
    public void closeFromOutside(String reference, ProposalEventType type, String note, String messageName) {
        recordSystemEvent(reference, type, note);
        workflow.correlate(messageName, reference);
    }

    /** Records what the engine did by itself, such as closing a lapsed return. */
    @Transactional
    public void recordSystemEvent(String reference, ProposalEventType type, String note) {
        recordDecision(reference, type, ProposalEvent.SYSTEM, note);
        log.info("{}: {} ({})", reference, type.name().toLowerCase().replace('_', ' '), LogText.escaped(note));
    }

    /**
     * The drafter did not answer a return for amendment within the kind's period: the check records it and ends,
     * and the kind's process withdraws the proposal.
     */
    @Transactional
    public void recordLapse(String reference) {
        long days = processes.of(byReference(reference).getKind()).returnLapseDays();
        recordSystemEvent(reference, ProposalEventType.WITHDRAWN,
                "Withdrawn: the return for amendment was not answered within " + days + " days");
    }

    /**
     * Moves a proposal to the status of the place its process has reached; {@code closing} when that place
     * ends the process (an endorsed laboratory, say, is not closed until its recognition).
     */
    @Transactional
    public void moveTo(String reference, ProposalStatus status, boolean closing) {
        Proposal proposal = byReference(reference);
        boolean changed = proposal.getStatus() != status;
        proposal.moveTo(status, clock.instant(), closing);
        if (changed) {
            log.info("{} {} is now {}", proposal.getKind().label(), reference, status.description());
            events.publishEvent(new ProposalStatusChanged(ProposalSummary.of(proposal),
                    proposal.latestEvent().map(ProposalEvent::getNote).orElse(null)));
        }
    }

    /**
     * Takes a meeting's decision on a proposal waiting for it: the decision enters the timeline with the
     * meeting's name and moves the proposal's process on at once.
     */
    @Transactional
    public void decideAtMeeting(String reference, MeetingDecision decision, String actor, String meetingName,
            String note, LocalDate decidedOn) {
        Proposal proposal = byReference(reference);
        // The stage is the one the proposal waits at; a deferral is taken at either.
        ProposalStage stage = Arrays.stream(ProposalStage.values())
                .filter(waiting -> waiting.waitingStatus() == proposal.getStatus() && decision.isTakenAt(waiting))
                .findFirst().orElseThrow(() -> new ConflictException("error.proposal.notAwaitingDecision", reference,
                        proposal.getStatus().descriptionText(), decision.stage()
                                .map(at -> at.waitingStatus().descriptionText())
                                .orElse(Texts.of("error.proposal.awaitingAMeeting")),
                        meetingName, decision.name()));
        String text = meetingName + ": " + decision.summary(stage)
                + (note == null || note.isBlank() ? "" : ". " + note.strip());
        proposal.record(decision.event(), actor, clock.instant(), text, decidedOn);
        proposals.flush();
        workflow.correlateDecision(stage, reference, decision);
        log.info("{}: {} at {}", reference, decision.summary(stage).toLowerCase(), meetingName);
        events.publishEvent(new ProposalDecided(ProposalSummary.of(proposal), stage, decision, meetingName, note));
    }

    /** Proposals waiting for a meeting's decision at one of the given stages, oldest submission first. */
    @Transactional(readOnly = true)
    public List<Proposal> waitingAt(java.util.Collection<ProposalStage> stages) {
        return proposals.findByStatusInOrderBySubmittedAtAscIdAsc(
                stages.stream().map(ProposalStage::waitingStatus).toList());
    }

    /** Whether a task is the drafter's own (amending, revising), done by resubmitting the proposal. */
    public boolean isDraftersTask(String taskKey) {
        return processes.isResubmitTask(taskKey);
    }

    /** The heading a proposal goes under on an agenda; competing nominations share one. */
    @Transactional(readOnly = true)
    public String agendaHeading(Proposal proposal) {
        return processes.of(proposal.getKind()).agendaHeading(proposal);
    }
}
