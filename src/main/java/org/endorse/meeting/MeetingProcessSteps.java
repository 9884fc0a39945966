package org.endorse.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.endorse.document.Documents;
import org.endorse.member.MemberDirectory;
import org.endorse.proposal.MeetingDecision;
import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalEvent;
import org.endorse.proposal.ProposalStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What processes/regional-meeting.bpmn does by itself, one method per service task and named like it, called by
 * {@link MeetingDelegates}. Users' commands are in {@link MeetingService}.
 */
@Service
class MeetingProcessSteps {

    private static final Logger log = LoggerFactory.getLogger(MeetingProcessSteps.class);

    private final MeetingRepository meetings;
    private final AgendaProposals agendaProposals;
    private final AgendaDecisions agendaDecisions;
    private final ActionItems actionItems;
    private final MemberDirectory members;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    private final MeetingPapers papers;
    private final Documents documents;

    MeetingProcessSteps(MeetingRepository meetings, AgendaProposals agendaProposals, AgendaDecisions agendaDecisions,
            ActionItems actionItems, MemberDirectory members, Clock clock, ApplicationEventPublisher events,
            MeetingPapers papers, Documents documents) {
        this.papers = papers;
        this.documents = documents;
        this.meetings = meetings;
        this.agendaProposals = agendaProposals;
        this.agendaDecisions = agendaDecisions;
        this.actionItems = actionItems;
        this.members = members;
        this.clock = clock;
        this.events = events;
    }

    /**
     * service_assemble_agenda: every proposal waiting at the meeting's stages and on no other agenda, then a
     * follow-up of every open action item, as many as an agenda holds; the rest, the latest to arrive, wait for
     * the next meeting.
     */
    @Transactional
    public void assembleAgenda(Long id) {
        Meeting meeting = meetings.withAgenda(id);
        List<Proposal> waiting = agendaProposals.waitingFor(meeting);
        List<AgendaItem> items = waiting.stream().limit(meeting.roomBesidesPendingProposals())
                .map(proposal -> agendaProposals.itemFor(meeting, proposal)).toList();
        meeting.replaceAgenda(items);
        List<AgendaItem> followUps = meeting.getMode() == MeetingMode.WRITTEN_PROCEDURE ? List.of()
                : actionItems.followUpsFor(meeting);
        List<AgendaItem> followedUp = followUps.stream().limit(meeting.roomLeft()).toList();
        followedUp.forEach(meeting::addItem);
        log.info("Agenda of the {} assembled: {} proposal(s) waiting for it, {} open action item(s) to follow up",
                meeting.name(), items.size(), followedUp.size());
        if (items.size() < waiting.size() || followedUp.size() < followUps.size()) {
            log.warn("The agenda of the {} is full ({} items): {} proposal(s) and {} follow-up(s) wait for the next"
                    + " meeting", meeting.name(), Meeting.MAX_AGENDA_ITEMS, waiting.size() - items.size(),
                    followUps.size() - followedUp.size());
        }
    }

    /** service_circulate_papers: the papers go to every member; the mail issue will deliver them. */
    @Transactional
    public void circulatePapers(Long id) {
        meetings.lockById(id); // before its papers: a paper added meanwhile waits, then takes the next symbol
        Meeting meeting = meetings.withAgenda(id);
        meeting.circulatePapers(clock.instant());
        agendaProposals.papersCirculated(meeting, clock.instant());
        papers.numberAtCirculation(meeting);
        log.info("Papers of the {} circulated to the {} member administrations: {} agenda item(s){}", meeting.name(),
                members.current().size(), meeting.getAgenda().size(), meeting.getMode() == MeetingMode.WRITTEN_PROCEDURE
                        ? "; objections are due by " + meeting.getObjectionDeadline() : "");
        events.publishEvent(new MeetingPapersCirculated(meeting.getId(), meeting.nameText(), meeting.getStartDate(),
                meeting.getEndDate(), meeting.getMode().name(), meeting.getObjectionDeadline() == null ? null
                        : LocalDate.ofInstant(meeting.getObjectionDeadline(), ZoneOffset.UTC),
                meeting.getAgenda().stream().map(item -> item.isProposal()
                        ? item.getProposalReference() + " " + item.getTitle() : item.getHeading() + ": " + item.getTitle())
                        .toList(), circulatedPapers(meeting)));
    }

    /** The meeting's papers as circulated, in agenda order: withdrawn ones are not among them. */
    private List<MeetingPapersCirculated.Paper> circulatedPapers(Meeting meeting) {
        return MeetingPapers.ownersInAgendaOrder(meeting).stream().flatMap(owner -> documents.of(owner).stream())
                .filter(document -> !document.isWithdrawn() && document.getSymbol().isPresent())
                .map(document -> new MeetingPapersCirculated.Paper(document.getSymbol().get(), document.getTitle(),
                        document.currentFiles().stream().map(file -> file.getLanguage()).toList(), document.getId()))
                .toList();
    }

    /**
     * service_conclude_written_procedure: at the deadline, silence is consent. Items without objection are
     * recommended and, where the meeting endorses, endorsed; an objection defers the item to the next meeting.
     */
    @Transactional
    public void concludeWrittenProcedure(Long id) {
        meetings.lockById(id); // an objection being recorded now is in before the agenda is read
        Meeting meeting = meetings.withAgenda(id);
        LocalDate day = MeetingService.dayOf(meeting, null, "items");
        for (AgendaItem item : meeting.getAgenda()) {
            Optional<ProposalStage> stage;
            while ((stage = item.stageToDecide(meeting.getType().stages())).isPresent()) {
                if (item.getObjections().isEmpty()) {
                    agendaDecisions.take(meeting, item, consent(stage.get()), ProposalEvent.WRITTEN_PROCEDURE,
                            "By written procedure: no objection by the deadline", day, "items");
                } else {
                    agendaDecisions.take(meeting, item, MeetingDecision.DEFERRED, ProposalEvent.WRITTEN_PROCEDURE,
                            "By written procedure: objection by " + item.getObjections().stream()
                                    .map(o -> members.nameOf(o.getMemberCode()) + " (" + o.getReason() + ")")
                                    .collect(Collectors.joining(", ")) + "; carried to the next meeting", day,
                            "items");
                }
            }
        }
        log.info("Written procedure of the {} concluded at its deadline", meeting.name());
    }

    /** Silence at a stage: recommended by the contact points, endorsed by the heads of Customs. */
    private static MeetingDecision consent(ProposalStage stage) {
        return stage == ProposalStage.REVIEW ? MeetingDecision.RECOMMENDED : MeetingDecision.ENDORSED;
    }

    /** service_announce_call_off: everyone invited hears that the meeting is postponed or cancelled, and why. */
    @Transactional
    public void announceCallOff(Long id) {
        Meeting meeting = meetings.withAgenda(id);
        events.publishEvent(new MeetingCalledOff(meeting.getId(), meeting.nameText(), meeting.getStartDate(),
                meeting.getStatus() == MeetingStatus.POSTPONED, meeting.getCalledOffReason()));
        log.info("Everyone invited to the {} told that it is {}", meeting.name(),
                meeting.getStatus().name().toLowerCase());
    }

    /** service_close_meeting: nothing changes afterwards; undecided items wait for the next meeting. */
    @Transactional
    public void closeMeeting(Long id) {
        Meeting meeting = meetings.withAgenda(id);
        for (AgendaItem item : meeting.getAgenda()) {
            if (item.getState() != AgendaItemState.PENDING) {
                continue;
            }
            if (!item.isProposal()) {
                item.leaveUndecided(AgendaItemState.CARRIED_FORWARD, item.getKind() == AgendaItemKind.FOLLOW_UP
                        ? "Not taken up; the action item stays open for the next meeting" : "Not taken up");
            } else {
                item.leaveUndecided(AgendaItemState.CARRIED_FORWARD, item.getRecommendation() == null
                        ? "Not taken up; it stays waiting for the next meeting"
                        : "Recommended; the endorsement stays waiting for the next conference");
            }
        }
        meeting.close(clock.instant());
        log.info("{} closed", meeting.name());
    }
}
