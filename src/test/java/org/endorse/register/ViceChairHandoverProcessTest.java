package org.endorse.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.endorse.ApiSteps;
import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.endorse.TestUsers;
import org.endorse.nomination.NominationFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * processes/vice-chair-handover.bpmn: an elected Vice-Chair's office takes the secretariat and chair groups on the
 * first day of its term, and the outgoing office's users leave them and their tasks. The offices are those of
 * application-test.yml: Australia's and Korea's, with users of their own, so the demo users keep their groups.
 */
@EndorseTest
class ViceChairHandoverProcessTest {

    static final List<String> OFFICE_USERS = List.of("aus-secretariat", "aus-chair", "kor-secretariat", "kor-chair");

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identity;
    @Autowired
    RepresentationRegister register;
    @Autowired
    NominationFixtures nominations;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        TestUsers.ensure(identity, "aus-secretariat", "secretariat");
        TestUsers.ensure(identity, "aus-chair", "chair");
        TestUsers.ensure(identity, "kor-secretariat");
        TestUsers.ensure(identity, "kor-chair");
    }

    @AfterEach
    void removeTheOfficesUsers() {
        ClockUtil.reset();
        OFFICE_USERS.forEach(identity::deleteUser);
    }

    @Test
    void onTheFirstDayOfItsTermTheElectedViceChairsOfficeTakesTheSecretariatAndTheChairWithTheirTasks() {
        register.take(new SeatTaken("VICE-CHAIR", "AUS", null, LocalDate.of(2052, 7, 1), LocalDate.of(2054, 6, 30),
                null, null, null));
        String waiting = nominations.submitted("IDN", "A proposal waiting for the secretariat during the handover");
        String checkTask = taskService.createTaskQuery().processInstanceBusinessKey(waiting).singleResult().getId();
        taskService.claim(checkTask, "aus-secretariat");

        String korea = nominations.endorsed("KOR", "VICE-CHAIR", LocalDate.of(2054, 7, 1));
        HttpApi.Response elected = HttpApi.as(port, "secretariat").post("/api/nominations/" + korea + "/election",
                Map.of("outcome", "ELECTED", "session", "163rd/164th Council Sessions", "decidedOn", LocalDate.now(java.time.ZoneOffset.UTC).toString()));
        assertThat(elected.code()).as(elected.body()).isEqualTo(200);

        ProcessInstance handover = runtime.createProcessInstanceQuery().processDefinitionKey(
                ViceChairHandoverProcess.KEY).processInstanceBusinessKey("VICE-CHAIR/2054-07-01").singleResult();
        BpmnAwareTests.assertThat(handover).isWaitingAt(ViceChairHandoverProcess.TIMER_TERM_BEGINS);
        Job termBegins = management.createJobQuery().processInstanceId(handover.getId()).singleResult();
        assertThat(termBegins.getDuedate().toInstant()).isEqualTo(Instant.parse("2054-07-01T00:00:00Z"));
        assertThat(inGroup("secretariat")).as("nothing changes before the term").contains("aus-secretariat")
                .doesNotContain("kor-secretariat");

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2054-07-01T00:00:05Z")));
        execute(termBegins);

        BpmnAwareTests.assertThat(handover).hasPassedInOrder(ViceChairHandoverProcess.TIMER_TERM_BEGINS,
                ViceChairHandoverProcess.SERVICE_HAND_OVER_OFFICE, ViceChairHandoverProcess.END_OFFICE_HANDED_OVER)
                .isEnded();
        assertThat(inGroup("secretariat")).contains("kor-secretariat", "secretariat").doesNotContain("aus-secretariat");
        assertThat(inGroup("chair")).contains("kor-chair").doesNotContain("aus-chair");
        assertThat(taskService.createTaskQuery().taskId(checkTask).singleResult().getAssignee())
                .as("the outgoing office lets go of its tasks").isNull();
        assertThat(taskService.createTaskQuery().taskId(checkTask).taskCandidateUser("kor-secretariat").count())
                .as("the task passed with the group").isEqualTo(1);
        assertThat(register.on(LocalDate.of(2054, 7, 1), TestUsers.SECRETARIAT).seats().stream()
                .filter(seat -> seat.code().equals("VICE-CHAIR")).findFirst().orElseThrow().current())
                .extracting(Representation.Holder::member).containsExactly("KOR");
        assertThat(ApiSteps.mailSubjects(HttpApi.as(port, "secretariat"), "Regional Vice-Chair: Korea"))
                .contains("Regional Vice-Chair: Korea from 1 July 2054");
    }

    @Test
    void anIncomingOfficeWithNoUsersConfiguredLeavesTheGroupsAsTheyAreAndSaysSo() {
        register.take(new SeatTaken("VICE-CHAIR", "AUS", null, LocalDate.of(2056, 7, 1), LocalDate.of(2058, 6, 30),
                null, null, null));
        String thailand = nominations.endorsed("THA", "VICE-CHAIR", LocalDate.of(2058, 7, 1));
        assertThat(HttpApi.as(port, "secretariat").post("/api/nominations/" + thailand + "/election", Map.of(
                "outcome", "ELECTED", "session", "167th/168th Council Sessions", "decidedOn", LocalDate.now(java.time.ZoneOffset.UTC).toString())).code())
                .isEqualTo(200);
        ProcessInstance handover = runtime.createProcessInstanceQuery().processInstanceBusinessKey(
                "VICE-CHAIR/2058-07-01").singleResult();

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2058-07-01T00:00:05Z")));
        execute(management.createJobQuery().processInstanceId(handover.getId()).singleResult());

        BpmnAwareTests.assertThat(handover).hasPassed(ViceChairHandoverProcess.END_OFFICE_HANDED_OVER).isEnded();
        assertThat(inGroup("secretariat")).as("nobody would be left").contains("aus-secretariat");
        assertThat(inGroup("chair")).contains("aus-chair");
        assertThat(ApiSteps.mailSubjects(HttpApi.as(port, "secretariat"), "Regional Vice-Chair: Thailand"))
                .contains("Regional Vice-Chair: Thailand from 1 July 2058");
    }

    private List<String> inGroup(String group) {
        return identity.createUserQuery().memberOfGroup(group).list().stream().map(user -> user.getId()).toList();
    }
}
