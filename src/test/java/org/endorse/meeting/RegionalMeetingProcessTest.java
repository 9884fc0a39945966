package org.endorse.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.endorse.EndorseTest;
import org.endorse.TestUsers;
import org.endorse.nomination.NominationFixtures;
import org.endorse.proposal.MeetingDecision;
import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalService;
import org.endorse.proposal.ProposalStatus;
import org.endorse.security.EndorseUser;
import org.endorse.security.Role;
import org.endorse.system.ConflictException;
import org.endorse.system.ForbiddenException;
import org.endorse.system.InvalidFieldException;
import org.endorse.system.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of processes/regional-meeting.bpmn on the real engine, with the nominations on its agenda:
 * a meeting held in person or virtually, and a written procedure with silence and with an objection.
 */
@EndorseTest
class RegionalMeetingProcessTest {

    private static final AtomicInteger NUMBER = new AtomicInteger(100);
    private static final EndorseUser ALTERNATE = new EndorseUser("chair-2", "Alternate chair", Set.of(Role.CHAIR),
            Set.of());

    @Autowired
    ProcessEngine engine;
    @Autowired
    MeetingService meetings;
    @Autowired
    RecordOfDecisions records;
    @Autowired
    ProposalService proposals;
    @Autowired
    NominationFixtures nominations;
    @Autowired
    IdentityService identity;

    String seat;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        seat = "Finance Committee " + UUID.randomUUID();
        TestUsers.ensure(identity, "chair-2", "chair");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void meetingHeldVirtuallyDecidesItsAgendaAndPublishesItsRecord() {
        String indonesia = nominations.waitingForReview("IDN", seat);
        String japan = nominations.waitingForReview("JPN", seat + " alternate");

        Meeting meeting = convene(MeetingType.CONTACT_POINTS_MEETING, MeetingMode.VIRTUAL, null);
        ProcessInstance process = processOf(meeting);
        BpmnAwareTests.assertThat(process).isWaitingAt(MeetingProcess.USER_PREPARE_AGENDA);
        BpmnAwareTests.assertThat(task()).hasCandidateGroup("secretariat");
        assertThat(meeting(meeting).getStatus()).isEqualTo(MeetingStatus.PLANNED);
        assertThat(references(meeting)).as("assembled from every proposal waiting for review")
                .contains(indonesia, japan);

        meetings.setAgenda(TestUsers.SECRETARIAT, meeting.getId(), List.of(japan, indonesia));
        assertThat(references(meeting)).containsExactly(japan, indonesia);

        meetings.circulate(TestUsers.SECRETARIAT, meeting.getId());
        BpmnAwareTests.assertThat(process).isWaitingAt(MeetingProcess.USER_OPEN_MEETING);
        assertThat(meeting(meeting).getStatus()).isEqualTo(MeetingStatus.AGENDA_CIRCULATED);
        assertThatThrownBy(() -> meetings.setAgenda(TestUsers.SECRETARIAT, meeting.getId(), List.of(japan)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("circulated");

        meetings.open(TestUsers.SECRETARIAT, meeting.getId());
        BpmnAwareTests.assertThat(process).isWaitingAt(MeetingProcess.USER_HOLD_MEETING);
        BpmnAwareTests.assertThat(task()).hasCandidateUser("chair");
        assertThat(meeting(meeting).getStatus()).isEqualTo(MeetingStatus.OPEN);

        meetings.recordAttendance(TestUsers.CHAIR, meeting.getId(), new MeetingRequests.Attendance(Set.of("IDN", "JPN",
                "CHN")));
        meetings.decide(TestUsers.CHAIR, meeting.getId(), List.of(
                new MeetingRequests.Decision(indonesia, MeetingDecision.RECOMMENDED, null),
                new MeetingRequests.Decision(japan, MeetingDecision.DEFERRED, "The nominee is to be confirmed")));
        assertThat(status(indonesia)).isEqualTo(ProposalStatus.AWAITING_ENDORSEMENT);
        assertThat(status(japan)).isEqualTo(ProposalStatus.UNDER_REVIEW);
        assertThat(lastNote(indonesia)).startsWith(meeting(meeting).name() + ": Recommended");

        meetings.close(TestUsers.CHAIR, meeting.getId());
        BpmnAwareTests.assertThat(process).hasPassedInOrder(MeetingProcess.USER_HOLD_MEETING,
                MeetingProcess.SERVICE_CLOSE_MEETING, MeetingProcess.SERVICE_PUBLISH_RECORD,
                MeetingProcess.END_MEETING_CLOSED).isEnded();
        assertThat(meeting(meeting).getStatus()).isEqualTo(MeetingStatus.CLOSED);
        String record = records.htmlOf(meeting.getId());
        assertThat(record).contains("The Meeting recommended", indonesia, "The Meeting deferred its review of", japan,
                "China, Indonesia, Japan (3 member administrations)");
        assertThat(new String(records.pdfOf(meeting.getId()), 0, 5)).isEqualTo("%PDF-");
        assertThatThrownBy(() -> meetings.decide(TestUsers.CHAIR, meeting.getId(),
                List.of(new MeetingRequests.Decision(japan, MeetingDecision.RECOMMENDED, null))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("closed");
    }

    @Test
    void writtenProcedureTakesSilenceAsConsentAtTheDeadline() {
        String china = nominations.waitingForEndorsement("CHN", seat);
        Instant deadline = ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(14));
        Meeting meeting = convene(MeetingType.HEADS_OF_CUSTOMS_CONFERENCE, MeetingMode.WRITTEN_PROCEDURE, deadline);
        ProcessInstance process = processOf(meeting);
        meetings.setAgenda(TestUsers.SECRETARIAT, meeting.getId(), List.of(china));

        meetings.circulate(TestUsers.SECRETARIAT, meeting.getId());
        BpmnAwareTests.assertThat(process).isWaitingAt(MeetingProcess.TIMER_OBJECTION_DEADLINE);
        assertThat(meeting(meeting).getStatus()).isEqualTo(MeetingStatus.OPEN);
        assertThat(job().getDuedate().toInstant()).isEqualTo(deadline);

        ClockUtil.setCurrentTime(Date.from(deadline.plusSeconds(60)));
        execute(job());

        BpmnAwareTests.assertThat(process).hasPassedInOrder(MeetingProcess.TIMER_OBJECTION_DEADLINE,
                MeetingProcess.SERVICE_CONCLUDE_WRITTEN_PROCEDURE, MeetingProcess.SERVICE_PUBLISH_RECORD).isEnded();
        assertThat(status(china)).isEqualTo(ProposalStatus.ENDORSED);
        assertThat(lastNote(china)).contains("no objection by the deadline");
        assertThat(proposals.byReference(china).latestEvent().orElseThrow().getActor())
                .as("silence is the procedure's decision, not the chair's").isEqualTo("written procedure");
        assertThat(records.htmlOf(meeting.getId())).contains("The Conference endorsed", china, "by written procedure");
    }

    @Test
    void objectionInAWrittenProcedureCarriesTheItemToTheNextMeeting() {
        String japan = nominations.waitingForReview("JPN", seat);
        String indonesia = nominations.waitingForReview("IDN", seat + " deputy");
        Instant deadline = ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(10));
        Meeting meeting = convene(MeetingType.CONTACT_POINTS_MEETING, MeetingMode.WRITTEN_PROCEDURE, deadline);
        ProcessInstance process = processOf(meeting);
        meetings.setAgenda(TestUsers.SECRETARIAT, meeting.getId(), List.of(japan, indonesia));
        meetings.circulate(TestUsers.SECRETARIAT, meeting.getId());

        meetings.object(TestUsers.CONTACT_POINT, meeting.getId(), japan, null, "The term overlaps the current holder's");
        assertThatThrownBy(() -> meetings.object(TestUsers.CHAIR, meeting.getId(), indonesia, null, "no"))
                .isInstanceOf(ForbiddenException.class);
        ClockUtil.setCurrentTime(Date.from(deadline.plusSeconds(1)));
        assertThatThrownBy(() -> meetings.object(TestUsers.CONTACT_POINT, meeting.getId(), indonesia, null, "late"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("deadline");
        BpmnAwareTests.assertThat(process).isWaitingAt(MeetingProcess.TIMER_OBJECTION_DEADLINE);
        execute(job());

        BpmnAwareTests.assertThat(process).isEnded();
        assertThat(status(japan)).as("objected: not decided").isEqualTo(ProposalStatus.UNDER_REVIEW);
        assertThat(lastNote(japan)).contains("objection by Japan", "carried to the next meeting");
        assertThat(status(indonesia)).isEqualTo(ProposalStatus.AWAITING_ENDORSEMENT);

        Meeting next = convene(MeetingType.CONTACT_POINTS_MEETING, MeetingMode.IN_PERSON, null);
        assertThat(references(next)).contains(japan).doesNotContain(indonesia);
    }

    @Test
    void jointSessionTakesTheRecommendationThenTheEndorsementOfAnItem() {
        String indonesia = nominations.waitingForReview("IDN", seat);
        Meeting meeting = openMeeting(MeetingType.JOINT_SESSION, indonesia);

        assertThatThrownBy(() -> decide(meeting, indonesia, MeetingDecision.ENDORSED))
                .isInstanceOf(ConflictException.class).hasMessageContaining("recommendation");
        meetings.decide(TestUsers.CHAIR, meeting.getId(), List.of(
                new MeetingRequests.Decision(indonesia, MeetingDecision.RECOMMENDED, null),
                new MeetingRequests.Decision(indonesia, MeetingDecision.ENDORSED, null)));

        assertThat(status(indonesia)).isEqualTo(ProposalStatus.ENDORSED);
        int entries = proposals.byReference(indonesia).getTimeline().size();
        decide(meeting, indonesia, MeetingDecision.ENDORSED);
        assertThat(proposals.byReference(indonesia).getTimeline()).as("the same decision twice is harmless")
                .hasSize(entries);
        assertThatThrownBy(() -> decide(meeting, indonesia, MeetingDecision.NOT_ENDORSED))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already decided ENDORSED");
    }

    @Test
    void deferredEndorsementComesBackOnTheNextConferenceAgenda() {
        String china = nominations.waitingForEndorsement("CHN", seat);
        Meeting first = openMeeting(MeetingType.HEADS_OF_CUSTOMS_CONFERENCE, china);
        decide(first, china, MeetingDecision.DEFERRED);
        meetings.close(TestUsers.CHAIR, first.getId());
        assertThat(status(china)).isEqualTo(ProposalStatus.AWAITING_ENDORSEMENT);

        Meeting next = convene(MeetingType.HEADS_OF_CUSTOMS_CONFERENCE, MeetingMode.IN_PERSON, null);
        assertThat(references(next)).contains(china);
        assertThat(convene(MeetingType.CONTACT_POINTS_MEETING, MeetingMode.IN_PERSON, null))
                .as("a contact points meeting does not take endorsements")
                .satisfies(cpm -> assertThat(references(cpm)).doesNotContain(china));
    }

    @Test
    void onlyTheChairOrAlternateDecidesAndOnlyWhileTheMeetingIsOpen() {
        String indonesia = nominations.waitingForReview("IDN", seat);
        String japan = nominations.waitingForReview("JPN", seat + " other");
        Meeting meeting = convene(MeetingType.CONTACT_POINTS_MEETING, MeetingMode.IN_PERSON, null);
        meetings.setAgenda(TestUsers.SECRETARIAT, meeting.getId(), List.of(indonesia));
        assertThatThrownBy(() -> decide(meeting, indonesia, MeetingDecision.RECOMMENDED))
                .isInstanceOf(ConflictException.class).hasMessageContaining("not open");
        meetings.circulate(TestUsers.SECRETARIAT, meeting.getId());
        meetings.open(TestUsers.SECRETARIAT, meeting.getId());

        assertThatThrownBy(() -> meetings.decide(TestUsers.SECRETARIAT, meeting.getId(),
                List.of(new MeetingRequests.Decision(indonesia, MeetingDecision.RECOMMENDED, null))))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> decide(meeting, japan, MeetingDecision.RECOMMENDED))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("not on the agenda");
        assertThatThrownBy(() -> decide(meeting, indonesia, MeetingDecision.ENDORSED))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("RECOMMENDED");

        meetings.decide(ALTERNATE, meeting.getId(),
                List.of(new MeetingRequests.Decision(indonesia, MeetingDecision.NOT_RECOMMENDED, null)));
        assertThat(status(indonesia)).as("not recommended still goes to the heads of Customs")
                .isEqualTo(ProposalStatus.AWAITING_ENDORSEMENT);
        assertThat(proposals.byReference(indonesia).getTimeline().get(proposals.byReference(indonesia)
                .getTimeline().size() - 1).getActor()).isEqualTo("chair-2");
    }

    @Test
    void competingNominationsSitTogetherAndAWithdrawnItemLeavesTheAgendaWithANote() {
        String indonesia = nominations.waitingForEndorsement("IDN", seat);
        String japan = nominations.waitingForEndorsement("JPN", seat + " (another seat)");
        String china = nominations.waitingForEndorsement("CHN", seat);
        Meeting meeting = convene(MeetingType.HEADS_OF_CUSTOMS_CONFERENCE, MeetingMode.IN_PERSON, null);

        meetings.setAgenda(TestUsers.SECRETARIAT, meeting.getId(), List.of(indonesia, japan, china));
        List<List<AgendaItem>> headings = meeting(meeting).agendaByHeading();
        assertThat(headings).hasSize(2);
        assertThat(headings.get(0)).extracting(AgendaItem::getProposalReference).containsExactly(indonesia, china);
        assertThat(headings.get(1)).extracting(AgendaItem::getProposalReference).containsExactly(japan);

        proposals.withdraw(TestUsers.MEMBER, japan, "Japan withdraws in favour of a later term");
        AgendaItem withdrawn = meeting(meeting).item(japan).orElseThrow();
        assertThat(withdrawn.getState()).isEqualTo(AgendaItemState.WITHDRAWN);
        assertThat(withdrawn.getNote()).contains("Withdrawn by Japan");

        meetings.circulate(TestUsers.SECRETARIAT, meeting.getId());
        meetings.open(TestUsers.CHAIR, meeting.getId());
        decide(meeting, indonesia, MeetingDecision.ENDORSED);

        AgendaItem competitor = meeting(meeting).item(china).orElseThrow();
        assertThat(competitor.getState()).isEqualTo(AgendaItemState.CLOSED);
        assertThat(competitor.getNote()).contains(indonesia);
        assertThat(status(china)).isEqualTo(ProposalStatus.NOT_ENDORSED);
        assertThatThrownBy(() -> decide(meeting, china, MeetingDecision.ENDORSED))
                .isInstanceOf(ConflictException.class).hasMessageContaining("no longer open");

        meetings.close(TestUsers.CHAIR, meeting.getId());
        assertThat(records.htmlOf(meeting.getId())).contains("The Conference endorsed", "withdrawn before a decision",
                "closed before a decision");
    }

    private Meeting openMeeting(MeetingType type, String... references) {
        Meeting meeting = convene(type, MeetingMode.IN_PERSON, null);
        meetings.setAgenda(TestUsers.SECRETARIAT, meeting.getId(), List.of(references));
        meetings.circulate(TestUsers.SECRETARIAT, meeting.getId());
        meetings.open(TestUsers.SECRETARIAT, meeting.getId());
        return meeting;
    }

    private Meeting convene(MeetingType type, MeetingMode mode, Instant deadline) {
        return meetings.convene(TestUsers.SECRETARIAT, new MeetingRequests.Convene(type, NUMBER.incrementAndGet(),
                type == MeetingType.JOINT_SESSION ? NUMBER.incrementAndGet() : null, null, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 2), "Asia/Jakarta", "IDN", "Jakarta", "chair",
                "chair-2", mode, deadline));
    }

    private void decide(Meeting meeting, String reference, MeetingDecision decision) {
        meetings.decide(TestUsers.CHAIR, meeting.getId(), List.of(new MeetingRequests.Decision(reference, decision, null)));
    }

    private Meeting meeting(Meeting meeting) {
        return meetings.meeting(meeting.getId());
    }

    private List<String> references(Meeting meeting) {
        return meeting(meeting).getAgenda().stream().map(AgendaItem::getProposalReference).toList();
    }

    private ProcessInstance processOf(Meeting meeting) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MeetingProcess.KEY)
                .processInstanceBusinessKey(meeting.getId().toString()).singleResult();
    }

    private ProposalStatus status(String reference) {
        return proposals.byReference(reference).getStatus();
    }

    private String lastNote(String reference) {
        Proposal proposal = proposals.byReference(reference);
        return proposal.getTimeline().get(proposal.getTimeline().size() - 1).getNote();
    }
}
