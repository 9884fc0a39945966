package org.endorse.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.endorse.meeting.MeetingPapersCirculated;
import org.endorse.member.MemberDirectory;
import org.endorse.proposal.MeetingDecision;
import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalDecided;
import org.endorse.proposal.ProposalEvent;
import org.endorse.proposal.ProposalService;
import org.endorse.proposal.ProposalStatusChanged;
import org.endorse.security.Role;
import org.endorse.terms.TermsCirculated;
import org.springframework.context.event.EventListener;
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

    Notifications(NotificationOutbox outbox, Recipients recipients, ProposalService proposals,
            MemberDirectory members) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.proposals = proposals;
        this.members = members;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onStatusChanged(ProposalStatusChanged change) {
        Proposal proposal = proposals.byReference(change.reference());
        switch (change.status()) {
            case SUBMITTED -> outbox.post(message(NotificationKind.SUBMISSION_RECEIVED, proposal,
                    "Received: " + proposal.getReference() + " " + proposal.getTitle(),
                    "Your " + proposal.getKind().label().toLowerCase() + " has been received",
                    List.of("The secretariat now checks that it is complete; you will hear from us when it moves on.")),
                    drafters(proposal));
            case RETURNED -> outbox.post(message(NotificationKind.RETURNED_FOR_AMENDMENT, proposal,
                    "Returned for amendment: " + proposal.getReference() + " " + proposal.getTitle(),
                    "The secretariat returned your proposal for amendment",
                    List.of("The reasons: " + lastNote(proposal), "Amend it on its page in Endorse and submit it"
                            + " again; a return that is not answered in time lapses and the proposal is withdrawn.")),
                    drafters(proposal));
            case IN_REVISION -> outbox.post(message(NotificationKind.REVISION_REQUESTED, proposal,
                    "Comments received: " + proposal.getReference() + " " + proposal.getTitle(),
                    "The members commented on your Terms of Reference",
                    List.of(lastNote(proposal), "Read who said what on its page in Endorse, revise the text and submit it"
                            + " again: it goes round as the next version.")),
                    drafters(proposal));
            case NOT_ENDORSED -> {
                // Meetings' decisions reach the drafter as DECISION_TAKEN; this is a nomination closed because a
                // competing one was endorsed, which no meeting decided on its own.
                if (proposal.latestEvent().filter(event -> ProposalEvent.SYSTEM.equals(event.getActor())).isPresent()) {
                    outbox.post(message(NotificationKind.CLOSED_BY_COMPETITOR, proposal,
                            "Closed: " + proposal.getReference() + " " + proposal.getTitle(),
                            "Your nomination was closed", List.of(lastNote(proposal))), drafters(proposal));
                }
            }
            case ENDORSED -> outbox.post(message(NotificationKind.ENDORSED, proposal,
                    "Endorsed: " + proposal.getReference() + " " + proposal.getTitle(),
                    "The Regional Heads of Customs endorsed a proposal of " + members.nameOf(
                            proposal.getSubmittingMember()),
                    List.of(lastNote(proposal))), recipients.allMembers());
            default -> {
            }
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onDecided(ProposalDecided decided) {
        if (decided.decision() == MeetingDecision.ENDORSED) {
            return; // every member hears of an endorsement through the ENDORSED notification
        }
        Proposal proposal = proposals.byReference(decided.reference());
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(decided.meetingName() + ": " + decided.decision().summary() + ".");
        if (decided.note() != null && !decided.note().isBlank()) {
            paragraphs.add(decided.note());
        }
        outbox.post(message(NotificationKind.DECISION_TAKEN, proposal, decided.decision().summary() + ": "
                + proposal.getReference() + " " + proposal.getTitle(), "A meeting decided on your proposal", paragraphs),
                drafters(proposal));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onPapersCirculated(MeetingPapersCirculated circulated) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("The agenda and papers of the " + circulated.meetingName() + " (" + circulated.startDate()
                + (circulated.endDate().equals(circulated.startDate()) ? "" : " to " + circulated.endDate()) + ") are"
                + " circulated. On the agenda:");
        paragraphs.addAll(circulated.agenda().isEmpty() ? List.of("No proposals.") : circulated.agenda());
        if (circulated.objectionDeadline() != null) {
            paragraphs.add("This meeting is held by written procedure: contact points may object to an item until "
                    + circulated.objectionDeadline() + "; silence is consent.");
        }
        outbox.post(new Message(NotificationKind.PAPERS_CIRCULATED, "Papers circulated: " + circulated.meetingName(),
                "Papers of the " + circulated.meetingName(), paragraphs, null, null, null,
                "/meetings/" + circulated.meetingId()), recipients.allMembers());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onTermsCirculated(TermsCirculated circulated) {
        Proposal proposal = proposals.byReference(circulated.reference());
        String what = "version " + circulated.version() + " of the Terms of Reference of the "
                + circulated.governedBody();
        Message message = message(circulated.reminder() ? NotificationKind.TERMS_CIRCULATION_REMINDER
                : NotificationKind.TERMS_CIRCULATED, proposal,
                (circulated.reminder() ? "Reminder, answers due by " : "For comment by ") + circulated.deadline()
                        + ": " + proposal.getTitle(),
                circulated.reminder() ? "Your answer on " + what + " is still awaited" : what + " is circulated",
                List.of("Answer for your member administration by " + circulated.deadline() + ": no objection,"
                        + " comments or objection, on its page in Endorse. Silence by then counts as no objection."));
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
        Optional<Proposal> proposal = Optional.ofNullable(task.getExecution().getProcessBusinessKey())
                .flatMap(proposals::findSubmitted);
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
        outbox.post(message(NotificationKind.TASK_WAITING, proposal.get(), "Task waiting: " + task.getName() + ", "
                + proposal.get().getReference(), "'" + task.getName() + "' is waiting for your group",
                List.of("Open it from the link below, or find it among your tasks in Endorse."),
                "/tasks/" + task.getId()), recipients.ofGroups(staffGroups));
    }

    private Message message(NotificationKind kind, Proposal proposal, String subject, String headline,
            List<String> paragraphs) {
        return message(kind, proposal, subject, headline, paragraphs, "/proposals/" + proposal.getReference());
    }

    private Message message(NotificationKind kind, Proposal proposal, String subject, String headline,
            List<String> paragraphs, String linkPath) {
        return new Message(kind, subject, headline, paragraphs, proposal.getReference(), proposal.getTitle(),
                proposal.getStatus().description(), linkPath);
    }

    /** Those who drafted a proposal: its member administration's users, or the secretariat for its own ToRs. */
    private List<Recipient> drafters(Proposal proposal) {
        return recipients.ofGroups(List.of(proposal.isDraftedBySecretariat() ? Role.SECRETARIAT.groupId()
                : Role.memberGroupOf(proposal.getSubmittingMember())));
    }

    private static String lastNote(Proposal proposal) {
        return proposal.latestEvent().map(ProposalEvent::getNote).orElse("");
    }
}
