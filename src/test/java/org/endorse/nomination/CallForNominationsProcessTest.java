package org.endorse.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.endorse.ApiSteps;
import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.endorse.TestUsers;
import org.endorse.register.Seat;
import org.endorse.register.Seats;
import org.endorse.system.ConflictException;
import org.endorse.system.ForbiddenException;
import org.endorse.system.PageQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every path of processes/call-for-nominations.bpmn on the real engine, the test moving the clock: a call answered
 * with a late nomination after it, and a call closed early by the secretariat with nobody standing.
 */
@EndorseTest
class CallForNominationsProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    CallsForNominations calls;
    @Autowired
    Seats seats;
    @Autowired
    NominationFixtures nominations;
    @Autowired
    NominationDetails details;
    @LocalServerPort
    int port;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aCallOpensBeforeTheTermAndANominationAfterItsDeadlineIsLate() {
        Seat policyCommission = seats.find("POLICY-COMMISSION").orElseThrow();
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2060-08-01T00:00:00Z")));
        calls.schedule(policyCommission, policyCommission.termFrom(LocalDate.of(2061, 7, 1)));
        ProcessInstance call = call("POLICY-COMMISSION/2061-07-01");
        BpmnAwareTests.assertThat(call).isWaitingAt(CallForNominationsProcess.TIMER_CALL_OPENS);
        Job opens = job(call);
        assertThat(opens.getDuedate().toInstant()).as("10 months before the term").isEqualTo(
                Instant.parse("2060-09-01T00:00:00Z"));

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2060-09-01T00:00:01Z")));
        execute(opens);
        BpmnAwareTests.assertThat(call).isWaitingAt(CallForNominationsProcess.USER_FOLLOW_CALL);
        BpmnAwareTests.assertThat(BpmnAwareTests.task(call)).hasCandidateGroup("secretariat");
        CallsForNominations.CallView opened = view("POLICY-COMMISSION", LocalDate.of(2061, 7, 1));
        assertThat(opened.deadline()).as("six weeks to answer").isEqualTo(LocalDate.of(2060, 10, 13));
        assertThat(opened.open()).isTrue();
        assertThat(mailSubjects("Call for nominations: Policy Commission"))
                .contains("Call for nominations: Policy Commission, by 13 October 2060");
        assertThat(call("POLICY-COMMISSION/2062-07-01")).as("the next term's call is scheduled").isNotNull();

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2060-10-01T03:00:00Z")));
        String inTime = nominations.submittedFor("IDN", "POLICY-COMMISSION", LocalDate.of(2061, 7, 1));
        assertThat(view("POLICY-COMMISSION", LocalDate.of(2061, 7, 1)).candidates()).isEqualTo(1);

        Job deadline = job(call);
        assertThat(deadline.getDuedate().toInstant()).as("once the 13th is over everywhere")
                .isEqualTo(Instant.parse("2060-10-14T12:00:00Z"));
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2060-10-14T12:00:01Z")));
        execute(deadline);
        BpmnAwareTests.assertThat(call).hasPassedInOrder(CallForNominationsProcess.SERVICE_OPEN_CALL,
                CallForNominationsProcess.TIMER_DEADLINE, CallForNominationsProcess.SERVICE_CLOSE_CALL,
                CallForNominationsProcess.END_CALL_ANSWERED).isEnded();

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2060-10-20T03:00:00Z")));
        String late = nominations.submittedFor("JPN", "POLICY-COMMISSION", LocalDate.of(2061, 7, 1));
        assertThat(details.of(late).late()).isTrue();
        assertThat(details.of(inTime).late()).isFalse();
        CallsForNominations.CallView closed = view("POLICY-COMMISSION", LocalDate.of(2061, 7, 1));
        assertThat(closed.open()).isFalse();
        assertThat(closed.candidates()).as("a late nomination is not counted").isEqualTo(1);
    }

    @Test
    void theSecretariatClosesACallEarlyAndASeatWithNobodyStandingIsFlagged() {
        Seat financeCommittee = seats.find("FINANCE-COMMITTEE").orElseThrow();
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2062-09-01T00:00:01Z")));
        calls.schedule(financeCommittee, financeCommittee.termFrom(LocalDate.of(2063, 7, 1)));
        ProcessInstance call = call("FINANCE-COMMITTEE/2063-07-01");
        execute(job(call));
        Long id = view("FINANCE-COMMITTEE", LocalDate.of(2063, 7, 1)).id();

        assertThatThrownBy(() -> calls.closeNow(TestUsers.MEMBER, id)).isInstanceOf(ForbiddenException.class);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2062-09-20T03:00:00Z")));
        CallsForNominations.CallView closed = calls.closeNow(TestUsers.SECRETARIAT, id);

        assertThat(closed.open()).isFalse();
        assertThat(closed.deadline()).as("closing early makes that day the deadline").isEqualTo(
                LocalDate.of(2062, 9, 20));
        BpmnAwareTests.assertThat(call).hasPassedInOrder(CallForNominationsProcess.USER_FOLLOW_CALL,
                CallForNominationsProcess.SERVICE_CLOSE_CALL, CallForNominationsProcess.SERVICE_FLAG_SEAT_WITHOUT_CANDIDATE,
                CallForNominationsProcess.END_SEAT_WITHOUT_CANDIDATE).hasNotPassed(CallForNominationsProcess.TIMER_DEADLINE)
                .isEnded();
        assertThat(mailSubjects("No candidate: Finance Committee")).contains("No candidate: Finance Committee from 1 July 2063");
        assertThatThrownBy(() -> calls.closeNow(TestUsers.SECRETARIAT, id)).isInstanceOf(ConflictException.class);
    }

    private List<String> mailSubjects(String words) {
        return ApiSteps.mailSubjects(HttpApi.as(port, "secretariat"), words);
    }

    private ProcessInstance call(String key) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(CallForNominationsProcess.KEY)
                .processInstanceBusinessKey(key).singleResult();
    }

    private Job job(ProcessInstance process) {
        return management.createJobQuery().processInstanceId(process.getId()).singleResult();
    }

    private CallsForNominations.CallView view(String seat, LocalDate termFrom) {
        return calls.page(new PageQuery(1, PageQuery.MAX_SIZE, null)).items().stream().filter(call -> call.seatCode().equals(seat) && call.termFrom().equals(termFrom))
                .findFirst().orElseThrow();
    }
}
