package org.endorse.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.endorse.EndorseTest;
import org.endorse.TestUsers;
import org.endorse.laboratory.LaboratoryFixtures;
import org.endorse.security.EndorseUser;
import org.endorse.security.Role;
import org.endorse.system.ForbiddenException;
import org.endorse.system.InvalidFieldException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of processes/accreditation-watch.bpmn, with the register as users read it: a laboratory is
 * designated early in 2027 with an accreditation valid until 30 June 2028, and the clock is moved on.
 */
@EndorseTest
class AccreditationWatchProcessTest {

    static final Instant DESIGNATED_AT = Instant.parse("2027-01-11T03:00:00Z");
    static final LocalDate VALID_UNTIL = LocalDate.of(2028, 6, 30);

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService management;
    @Autowired
    LaboratoryFixtures laboratories;
    @Autowired
    LaboratoryRegister register;

    String reference;
    ProcessInstance watch;

    @BeforeEach
    void designate() {
        AbstractAssertions.init(engine);
        ClockUtil.setCurrentTime(Date.from(DESIGNATED_AT));
        reference = laboratories.designated("CHN", VALID_UNTIL);
        watch = watchOf(reference);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void secretariatIsRemindedBeforeTheAccreditationExpiresAndTheLaboratoryIsFlaggedWhenItHas() {
        assertThat(register.one(reference).designatedFrom()).isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(register.one(reference).accreditation().state()).isEqualTo(AccreditationState.VALID);
        Job reminder = timer(AccreditationWatchProcess.TIMER_EXPIRING);
        assertThat(reminder.getDuedate().toInstant()).as("90 days before the expiry")
                .isEqualTo(Instant.parse("2028-04-01T00:00:00Z"));

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2028-04-01T06:00:00Z")));
        execute(reminder);

        BpmnAwareTests.assertThat(watch).hasPassed(AccreditationWatchProcess.SERVICE_REMIND_EXPIRING)
                .isWaitingAt(AccreditationWatchProcess.USER_FOLLOW_UP, AccreditationWatchProcess.TIMER_EXPIRED);
        Task followUp = followUp();
        BpmnAwareTests.assertThat(followUp).hasCandidateGroup("secretariat");
        RegisteredLaboratoryView.Accreditation expiring = register.one(reference).accreditation();
        assertThat(expiring.state()).isEqualTo(AccreditationState.EXPIRING_SOON);
        assertThat(expiring.expiryRemindedOn()).isEqualTo(LocalDate.of(2028, 4, 1));
        taskService.complete(followUp.getId());

        Job expiry = timer(AccreditationWatchProcess.TIMER_EXPIRED);
        assertThat(expiry.getDuedate().toInstant()).as("the day after its last valid day")
                .isEqualTo(Instant.parse("2028-07-01T00:00:00Z"));
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2028-06-30T23:00:00Z")));
        assertThat(register.one(reference).accreditation().state()).as("still valid on its last day")
                .isEqualTo(AccreditationState.EXPIRING_SOON);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2028-07-01T00:30:00Z")));
        execute(expiry);

        BpmnAwareTests.assertThat(watch).hasPassedInOrder(AccreditationWatchProcess.SERVICE_FLAG_EXPIRED,
                AccreditationWatchProcess.END_EXPIRED).isEnded();
        RegisteredLaboratoryView.Accreditation expired = register.one(reference).accreditation();
        assertThat(expired.state()).isEqualTo(AccreditationState.EXPIRED);
        assertThat(expired.expiryFlaggedOn()).isEqualTo(LocalDate.of(2028, 7, 1));
    }

    @Test
    void expiryIsFlaggedWhileTheFollowUpIsStillOpen() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2028-04-01T06:00:00Z")));
        execute(timer(AccreditationWatchProcess.TIMER_EXPIRING));
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2028-07-02T06:00:00Z")));
        execute(timer(AccreditationWatchProcess.TIMER_EXPIRED));

        BpmnAwareTests.assertThat(watch).hasPassed(AccreditationWatchProcess.SERVICE_FLAG_EXPIRED)
                .isWaitingAt(AccreditationWatchProcess.USER_FOLLOW_UP);
        assertThat(register.one(reference).accreditation().state()).isEqualTo(AccreditationState.EXPIRED);
        taskService.complete(followUp().getId());
        BpmnAwareTests.assertThat(watch).hasPassed(AccreditationWatchProcess.END_EXPIRED).isEnded();
    }

    @Test
    void accreditationRenewedAfterTheReminderEndsTheFollowUpAndIsWatchedAnew() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2028-04-02T06:00:00Z")));
        execute(timer(AccreditationWatchProcess.TIMER_EXPIRING));
        assertThat(followUp()).isNotNull();

        RegisteredLaboratoryView renewed = register.renewAccreditation(TestUsers.SECRETARIAT, reference,
                new AccreditationRenewal("CNAS", "CNAS L0359-R", LocalDate.of(2033, 6, 30)));

        BpmnAwareTests.assertThat(watch).hasPassed(AccreditationWatchProcess.END_RENEWED)
                .hasNotPassed(AccreditationWatchProcess.SERVICE_FLAG_EXPIRED).isEnded();
        assertThat(followUp()).as("nothing left to follow up").isNull();
        assertThat(renewed.accreditation().certificateNumber()).isEqualTo("CNAS L0359-R");
        assertThat(renewed.accreditation().state()).isEqualTo(AccreditationState.VALID);
        assertThat(renewed.accreditation().expiryRemindedOn()).isNull();
        ProcessInstance next = watchOf(reference);
        assertThat(next.getId()).isNotEqualTo(watch.getId());
        assertThat(management.createJobQuery().processInstanceId(next.getId()).singleResult().getDuedate().toInstant())
                .isEqualTo(Instant.parse("2033-04-01T00:00:00Z"));
    }

    @Test
    void accreditationRenewedBeforeTheReminderEndsTheWatchQuietly() {
        register.renewAccreditation(TestUsers.MEMBER, reference,
                new AccreditationRenewal("CNAS", "CNAS L0359-R", LocalDate.of(2031, 6, 30)));

        BpmnAwareTests.assertThat(watch).hasPassed(AccreditationWatchProcess.END_RENEWED)
                .hasNotPassed(AccreditationWatchProcess.SERVICE_REMIND_EXPIRING).isEnded();
        assertThat(register.one(reference).accreditation().validUntil()).isEqualTo(LocalDate.of(2031, 6, 30));
    }

    @Test
    void onlyTheSecretariatOrTheLaboratorysMemberRenewsAndOnlyToALaterDate() {
        EndorseUser japan = new EndorseUser("member-jpn", "Japan Customs", Set.of(Role.MEMBER), Set.of("JPN"));
        AccreditationRenewal renewal = new AccreditationRenewal("CNAS", "CNAS L0359-R", LocalDate.of(2031, 6, 30));
        assertThatThrownBy(() -> register.renewAccreditation(japan, reference, renewal))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("China");
        assertThatThrownBy(() -> register.renewAccreditation(TestUsers.SECRETARIAT, reference,
                new AccreditationRenewal("CNAS", "CNAS L0359-R", VALID_UNTIL)))
                .isInstanceOf(InvalidFieldException.class).hasFieldOrPropertyWithValue("field", "validUntil");
        BpmnAwareTests.assertThat(watch).isWaitingAt(AccreditationWatchProcess.TIMER_EXPIRING);
    }

    private ProcessInstance watchOf(String reference) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(AccreditationWatchProcess.KEY)
                .processInstanceBusinessKey(reference).active().singleResult();
    }

    private Job timer(String activityId) {
        return management.createJobQuery().processInstanceId(watch.getId()).activityId(activityId).singleResult();
    }

    private Task followUp() {
        return taskService.createTaskQuery().processInstanceId(watch.getId())
                .taskDefinitionKey(AccreditationWatchProcess.USER_FOLLOW_UP).singleResult();
    }
}
