package org.endorse.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.endorse.document.Symbols;
import org.endorse.meeting.ActionItemDue;
import org.endorse.meeting.MeetingCalledOff;
import org.endorse.meeting.MeetingPaperRevised;
import org.endorse.meeting.MeetingPapersCirculated;
import org.endorse.member.MemberDirectory;
import org.endorse.nomination.CallForNominationsOpened;
import org.endorse.nomination.NominationClosedByCompetitor;
import org.endorse.nomination.SeatWithoutCandidate;
import org.endorse.proposal.MeetingDecision;
import org.endorse.proposal.ProposalDecided;
import org.endorse.proposal.ProposalService;
import org.endorse.proposal.ProposalStatusChanged;
import org.endorse.proposal.ProposalSummary;
import org.endorse.register.ViceChairHandedOver;
import org.endorse.security.Role;
import org.endorse.system.Texts;
import org.endorse.terms.TermsCirculated;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is told what: turns the events of proposals, meetings, ToR circulations and tasks into notifications
 * in the outbox, in the transaction of the event. README.md has the table of them.
 */
@Component
class Notifications {

    private final NotificationOutbox outbox;
    private final Recipients recipients;
    private final ProposalService proposals;
    private final MemberDirectory members;
    private final NotificationSettings settings;

    Notifications(NotificationOutbox outbox, Recipients recipients, ProposalService proposals,
            MemberDirectory members, NotificationSettings settings) {
        this.settings = settings;
        this.outbox = outbox;
        this.recipients = recipients;
        this.proposals = proposals;
        this.members = members;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onStatusChanged(ProposalStatusChanged change) {
        ProposalSummary proposal = change.proposal();
        switch (change.status()) {
            case SUBMITTED -> outbox.post(message(NotificationKind.SUBMISSION_RECEIVED, proposal,
                    titled("mail.submissionReceived.subject", proposal),
                    Texts.of("mail.submissionReceived.headline." + proposal.kind().name()),
                    List.of(Texts.of("mail.submissionReceived.next"))), drafters(proposal));
            case RETURNED -> outbox.post(message(NotificationKind.RETURNED_FOR_AMENDMENT, proposal,
                    titled("mail.returned.subject", proposal), Texts.of("mail.returned.headline"),
                    List.of(Texts.of("mail.returned.reasons", noteOf(change)), Texts.of("mail.returned.next"))),
                    drafters(proposal));
            case IN_REVISION -> outbox.post(message(NotificationKind.REVISION_REQUESTED, proposal,
                    titled("mail.revisionRequested.subject", proposal), Texts.of("mail.revisionRequested.headline"),
                    List.of(Texts.of("mail.timeline", noteOf(change)), Texts.of("mail.revisionRequested.next"))),
                    drafters(proposal));
            case ENDORSED -> outbox.post(message(NotificationKind.ENDORSED, proposal,
                    titled("mail.endorsed.subject", proposal),
                    Texts.of("mail.endorsed.headline", members.nameOf(proposal.submittingMember())),
                    List.of(Texts.of("mail.timeline", noteOf(change)))), recipients.allMembers());
            case ELECTED, NOT_ELECTED -> outbox.post(message(NotificationKind.ELECTION_OUTCOME, proposal,
                    titled("mail." + change.status().name() + ".subject", proposal),
                    Texts.of("mail." + change.status().name() + ".headline",
                            members.nameOf(proposal.submittingMember())),
                    List.of(Texts.of("mail.timeline", noteOf(change)))), recipients.allMembers());
            default -> {
            }
        }
    }

    /** A nomination closed because a competing one was endorsed: no meeting decided it, so its drafters are told why. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onClosedByCompetitor(NominationClosedByCompetitor closed) {
        ProposalSummary proposal = closed.nomination();
        outbox.post(message(NotificationKind.CLOSED_BY_COMPETITOR, proposal,
                titled("mail.closedByCompetitor.subject", proposal), Texts.of("mail.closedByCompetitor.headline"),
                List.of(Texts.of("mail.timeline", closed.note()))), drafters(proposal));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onDecided(ProposalDecided decided) {
        if (decided.decision() == MeetingDecision.ENDORSED) {
            return; // every member hears of an endorsement through the ENDORSED notification
        }
        ProposalSummary proposal = decided.proposal();
        MessageSourceResolvable decision = Texts.of(decided.decision().textKey(decided.stage()));
        List<MessageSourceResolvable> paragraphs = new ArrayList<>();
        paragraphs.add(Texts.of("mail.decisionTaken.decision", decided.meetingName(), decision));
        if (decided.note() != null && !decided.note().isBlank()) {
            paragraphs.add(Texts.of("mail.decisionTaken.note", decided.note()));
        }
        outbox.post(message(NotificationKind.DECISION_TAKEN, proposal, Texts.of("mail.decisionTaken.subject",
                decision, proposal.reference(), proposal.title()), Texts.of("mail.decisionTaken.headline"),
                paragraphs), drafters(proposal));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onPapersCirculated(MeetingPapersCirculated circulated) {
        List<MessageSourceResolvable> paragraphs = new ArrayList<>();
        paragraphs.add(circulated.endDate().equals(circulated.startDate())
                ? Texts.of("mail.papersCirculated.agenda", circulated.meetingName(), circulated.startDate())
                : Texts.of("mail.papersCirculated.agenda.days", circulated.meetingName(), circulated.startDate(),
                        circulated.endDate()));
        if (circulated.agenda().isEmpty()) {
            paragraphs.add(Texts.of("mail.papersCirculated.none"));
        }
        circulated.agenda().forEach(item -> paragraphs.add(Texts.of("mail.papersCirculated.item", item)));
        if (!circulated.papers().isEmpty()) {
            paragraphs.add(Texts.of("mail.papersCirculated.papers"));
        }
        // Mails link to the papers, never attach them: each is read in the portal by whoever may read it.
        circulated.papers().forEach(paper -> paragraphs.add(Texts.of("mail.papersCirculated.paper", paper.symbol(),
                paper.title(), languages(paper.languages()), paperLink(circulated.meetingId(), paper.documentId()))));
        if (circulated.objectionDeadline() != null) {
            paragraphs.add(Texts.of("mail.papersCirculated.writtenProcedure", circulated.objectionDeadline()));
        }
        outbox.post(new Message(NotificationKind.PAPERS_CIRCULATED,
                Texts.of("mail.papersCirculated.subject", circulated.meetingName()),
                Texts.of("mail.papersCirculated.headline", circulated.meetingName()), paragraphs, null, null, null,
                "/meetings/" + circulated.meetingId()), recipients.allMembers());
    }

    /** Everyone who received a meeting's papers hears that one of them was revised. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onPaperRevised(MeetingPaperRevised revised) {
        String symbol = Symbols.withRevision(revised.symbol(), revised.revision());
        outbox.post(new Message(NotificationKind.PAPER_REVISED,
                Texts.of("mail.paperRevised.subject", symbol, revised.title()),
                Texts.of("mail.paperRevised.headline", symbol),
                List.of(Texts.of("mail.paperRevised.text", symbol, revised.title(), revised.meetingName())), null,
                null, null, paperPath(revised.meetingId(), revised.documentId())), recipients.allMembers());
    }

    private String paperLink(Long meetingId, long documentId) {
        return settings.publicUrl() + paperPath(meetingId, documentId);
    }

    /** A paper on its meeting's page in the portal. */
    private static String paperPath(Long meetingId, long documentId) {
        return "/meetings/" + meetingId + "#document-" + documentId;
    }

    /** Languages in the reader's words: "English, French". */
    private static MessageSourceResolvable languages(List<String> codes) {
        MessageSourceResolvable listed = null;
        for (String code : codes) {
            MessageSourceResolvable language = Texts.of("language." + code);
            listed = listed == null ? language : Texts.of("mail.list", listed, language);
        }
        return listed == null ? Texts.of("mail.list.none") : listed;
    }

    /** Everyone invited to a meeting hears that it is postponed or cancelled, and why. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onMeetingCalledOff(MeetingCalledOff calledOff) {
        String texts = calledOff.postponed() ? "mail.meetingPostponed" : "mail.meetingCancelled";
        outbox.post(new Message(NotificationKind.MEETING_CALLED_OFF,
                Texts.of(texts + ".subject", calledOff.meetingName()),
                Texts.of(texts + ".headline", calledOff.meetingName()),
                List.of(Texts.of(texts + ".text", calledOff.meetingName(), calledOff.startDate()),
                        Texts.of("mail.meetingCalledOff.reason", calledOff.reason()),
                        Texts.of("mail.meetingCalledOff.items")), null, null, null,
                "/meetings/" + calledOff.meetingId()), recipients.allMembers());
    }

    /**
     * The owner of an action item due soon is reminded: a regional entity at its address, or through the secretariat
     * where it has none; a member administration through its contact points.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onActionItemDue(ActionItemDue due) {
        Message message = new Message(NotificationKind.ACTION_ITEM_DUE,
                Texts.of("mail.actionItemDue.subject", due.dueOn(), due.description()),
                Texts.of("mail.actionItemDue.headline", due.ownerName()),
                List.of(Texts.of("mail.actionItemDue.text", due.agreedAt(), due.description(), due.ownerName(),
                        due.dueOn()), Texts.of("mail.actionItemDue.followUp")), null, null, null,
                "/meetings/" + due.meetingId());
        List<Recipient> owners;
        if (due.ownerEmail() != null) {
            owners = List.of(new Recipient(null, due.ownerName(), due.ownerEmail(), null));
        } else if (members.exists(due.owner())) {
            owners = recipients.ofGroups(List.of(Role.contactPointGroupOf(due.owner())));
        } else {
            owners = List.of();
        }
        outbox.post(message, owners.isEmpty() ? recipients.ofGroups(List.of(Role.SECRETARIAT.groupId())) : owners);
    }

    /** Every member administration's users and contact points are called to nominate for a seat by the deadline. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onCallForNominations(CallForNominationsOpened call) {
        List<MessageSourceResolvable> paragraphs = new ArrayList<>();
        paragraphs.add(Texts.of("mail.callForNominations.text", call.seatName(), call.places(), call.termFrom(),
                call.termTo(), call.deadline()));
        if (call.electedBy() != null) {
            paragraphs.add(Texts.of("mail.callForNominations.election", call.electedBy()));
        }
        paragraphs.add(Texts.of("mail.callForNominations.how"));
        outbox.post(new Message(NotificationKind.CALL_FOR_NOMINATIONS,
                Texts.of("mail.callForNominations.subject", call.seatName(), call.deadline()),
                Texts.of("mail.callForNominations.headline", call.seatName()), paragraphs, null, null, null,
                "/calls"), recipients.allMembers());
    }

    /** A call closed with nobody standing for the seat: the secretariat is told. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onSeatWithoutCandidate(SeatWithoutCandidate seat) {
        outbox.post(new Message(NotificationKind.SEAT_WITHOUT_CANDIDATE,
                Texts.of("mail.seatWithoutCandidate.subject", seat.seatName(), seat.termFrom()),
                Texts.of("mail.seatWithoutCandidate.headline", seat.seatName()),
                List.of(Texts.of("mail.seatWithoutCandidate.text", seat.seatName(), seat.termFrom(), seat.termTo(),
                        seat.deadline())), null, null, null, "/calls"),
                recipients.ofGroups(List.of(Role.SECRETARIAT.groupId())));
    }

    /**
     * The Vice-Chair's office passed to the next one: every member administration and the new secretariat are told;
     * where the incoming office has no users configured, the secretariat is told to move them itself.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onViceChairHandedOver(ViceChairHandedOver handover) {
        String incoming = members.nameOf(handover.incomingMember());
        String outgoing = handover.outgoingMember() == null ? "—" : members.nameOf(handover.outgoingMember());
        List<MessageSourceResolvable> paragraphs = new ArrayList<>();
        paragraphs.add(Texts.of("mail.viceChairHandover.text", incoming, handover.termFrom(), handover.termTo(),
                outgoing));
        if (!handover.handedOver()) {
            paragraphs.add(Texts.of("mail.viceChairHandover.notConfigured", incoming));
        }
        Message message = new Message(NotificationKind.VICE_CHAIR_HANDOVER,
                Texts.of("mail.viceChairHandover.subject", incoming, handover.termFrom()),
                Texts.of("mail.viceChairHandover.headline", incoming), paragraphs, null, null, null,
                "/register/representation");
        outbox.post(message, recipients.allMembersAnd(Role.SECRETARIAT));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onTermsCirculated(TermsCirculated circulated) {
        ProposalSummary proposal = circulated.terms();
        String texts = circulated.reminder() ? "mail.termsReminder" : "mail.termsCirculated";
        Message message = message(circulated.reminder() ? NotificationKind.TERMS_CIRCULATION_REMINDER
                : NotificationKind.TERMS_CIRCULATED, proposal,
                Texts.of(texts + ".subject", circulated.deadline(), proposal.title()),
                Texts.of(texts + ".headline", String.valueOf(circulated.version()), circulated.governedBody()),
                List.of(Texts.of("mail.termsCirculated.answer", circulated.deadline())));
        outbox.post(message, recipients.ofGroups(circulated.members().stream().map(Role::contactPointGroupOf).toList()));
    }

    /**
     * A proposal's task waits for a staff role (secretariat, assessor): its users are told. Drafters hear of
     * their tasks through the return and revision notices, and contact points through the circulation.
     */
    @EventListener(condition = "#task.eventName == 'create'")
    @Transactional(propagation = Propagation.MANDATORY)
    public void onTaskCreated(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            return;
        }
        Optional<ProposalSummary> proposal = Optional.ofNullable(task.getExecution().getProcessBusinessKey())
                .flatMap(proposals::findSubmitted).map(ProposalSummary::of);
        if (proposal.isEmpty() || proposals.isDraftersTask(task.getTaskDefinitionKey())) {
            return;
        }
        List<String> staffGroups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).filter(group -> Role.ofGroup(group).filter(Role::isStaff).isPresent())
                .toList();
        if (staffGroups.isEmpty()) {
            return;
        }
        // The model's name stands in for a task the bundles do not name.
        MessageSourceResolvable name = new DefaultMessageSourceResolvable(
                new String[] {"task." + task.getTaskDefinitionKey()}, null, task.getName());
        outbox.post(message(NotificationKind.TASK_WAITING, proposal.get(),
                Texts.of("mail.taskWaiting.subject", name, proposal.get().reference()),
                Texts.of("mail.taskWaiting.headline", name), List.of(Texts.of("mail.taskWaiting.find")),
                "/tasks/" + task.getId()), recipients.ofGroups(staffGroups));
    }

    private Message message(NotificationKind kind, ProposalSummary proposal, MessageSourceResolvable subject,
            MessageSourceResolvable headline, List<MessageSourceResolvable> paragraphs) {
        return message(kind, proposal, subject, headline, paragraphs, "/proposals/" + proposal.reference());
    }

    private Message message(NotificationKind kind, ProposalSummary proposal, MessageSourceResolvable subject,
            MessageSourceResolvable headline, List<MessageSourceResolvable> paragraphs, String linkPath) {
        return new Message(kind, subject, headline, paragraphs, proposal.reference(), proposal.title(),
                proposal.status().descriptionText(), linkPath);
    }

    /** A subject that names the proposal by its reference and title: "Received: NOM-2026-0001 ...". */
    private static MessageSourceResolvable titled(String code, ProposalSummary proposal) {
        return Texts.of(code, proposal.reference(), proposal.title());
    }

    /**
     * Those who drafted a proposal: its member administration's users who draft (not its contact points, who are
     * of the administration too), or the secretariat for its own ToRs.
     */
    private List<Recipient> drafters(ProposalSummary proposal) {
        return proposal.draftedBySecretariat() ? recipients.ofGroups(List.of(Role.SECRETARIAT.groupId()))
                : recipients.ofGroupInRole(Role.memberGroupOf(proposal.submittingMember()), Role.MEMBER);
    }

    private static String noteOf(ProposalStatusChanged change) {
        return change.note() == null ? "" : change.note();
    }
}
