package org.endorse.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.endorse.EndorseTest;
import org.endorse.TestUsers;
import org.endorse.laboratory.LaboratoryFixtures;
import org.endorse.laboratory.LaboratoryProcess;
import org.endorse.nomination.NominationFixtures;
import org.endorse.nomination.NominationProcess;
import org.endorse.security.EndorseUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Proposals submitted before an upgrade run on version 1 of their kind's model, which did the check, the review
 * and the endorsement itself, and finish on it: Camunda cannot migrate a task waiting in a process into a called
 * one. Each test submits a proposal while version 1 (src/test/resources/legacy) is the latest, deploys the current
 * model again as an upgrade does, and walks the proposal to its end through Endorse's services.
 */
@EndorseTest
class Version1InstancesTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalTasks tasks;
    @Autowired
    LaboratoryFixtures laboratoryFixtures;
    @Autowired
    NominationFixtures nominationFixtures;
    @Autowired
    List<ProposalProcess> processes;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void laboratoryProposalSubmittedOnVersion1IsCheckedAssessedEndorsedAndDesignatedOnIt() {
        String reference = onVersion1(LaboratoryProcess.KEY,
                () -> laboratoryFixtures.submitted("IDN", LocalDate.of(2031, 12, 31)));
        ProcessInstance process = instance(reference);
        assertThat(versionOf(process)).isEqualTo(latestVersion(LaboratoryProcess.KEY) - 1);

        complete(reference, "user_check_laboratory_submission", TestUsers.SECRETARIAT, "COMPLETE");
        complete(reference, LaboratoryProcess.USER_ASSESS_LABORATORY, TestUsers.ASSESSOR, "ELIGIBLE");
        BpmnAwareTests.assertThat(process).isWaitingAt("receive_laboratory_contact_point_review");
        proposals.decideAtMeeting(reference, MeetingDecision.RECOMMENDED, TestUsers.CHAIR.id(), "Test meeting", null, null);
        proposals.decideAtMeeting(reference, MeetingDecision.ENDORSED, TestUsers.CHAIR.id(), "Test meeting", null, null);
        complete(reference, LaboratoryProcess.USER_FORWARD_TO_WCO, TestUsers.SECRETARIAT, "FORWARDED");
        laboratoryFixtures.recognised(reference, LocalDate.ofInstant(ClockUtil.now().toInstant(), ZoneOffset.UTC));

        BpmnAwareTests.assertThat(process).hasPassedInOrder("user_check_laboratory_submission",
                "receive_laboratory_endorsement_decision", LaboratoryProcess.END_DESIGNATED).isEnded();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .superProcessInstanceId(process.getId()).count())
                .as("nothing was called: version 1 did every step itself").isZero();
        assertThat(proposals.byReference(reference).getStatus()).isEqualTo(ProposalStatus.DESIGNATED);
    }

    @Test
    void nominationReturnedOnVersion1IsAmendedOrLapsesOnIt() {
        String amended = onVersion1(NominationProcess.KEY,
                () -> nominationFixtures.submitted("IDN", "Finance Committee " + UUID.randomUUID()));
        complete(amended, ProposalCheckProcess.USER_CHECK_SUBMISSION, TestUsers.SECRETARIAT, "RETURN");
        proposals.submit(TestUsers.MEMBER, amended);
        BpmnAwareTests.assertThat(instance(amended)).hasPassed("user_amend_nomination")
                .isWaitingAt(ProposalCheckProcess.USER_CHECK_SUBMISSION);
        complete(amended, ProposalCheckProcess.USER_CHECK_SUBMISSION, TestUsers.SECRETARIAT, "COMPLETE");
        proposals.decideAtMeeting(amended, MeetingDecision.DEFERRED, TestUsers.CHAIR.id(), "Test meeting", null, null);
        BpmnAwareTests.assertThat(instance(amended)).as("version 1 reads a deferred review as DEFER")
                .isWaitingAt("receive_contact_point_review");
        proposals.decideAtMeeting(amended, MeetingDecision.RECOMMENDED, TestUsers.CHAIR.id(), "Test meeting", null, null);
        BpmnAwareTests.assertThat(instance(amended)).isWaitingAt("receive_endorsement_decision");

        String lapsing = onVersion1(NominationProcess.KEY,
                () -> nominationFixtures.submitted("IDN", "Finance Committee " + UUID.randomUUID()));
        ProcessInstance process = instance(lapsing);
        complete(lapsing, ProposalCheckProcess.USER_CHECK_SUBMISSION, TestUsers.SECRETARIAT, "RETURN");
        ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(Duration.ofDays(31))));
        BpmnAwareTests.execute(BpmnAwareTests.jobQuery().processInstanceId(process.getId()).singleResult());

        BpmnAwareTests.assertThat(process).hasPassed("service_withdraw_lapsed_nomination", NominationProcess.END_LAPSED)
                .isEnded();
        Proposal proposal = proposals.byReference(lapsing);
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.WITHDRAWN);
        assertThat(proposal.latestEvent().orElseThrow().getNote()).contains("not answered within 30 days");
    }

    /** Every task of version 1 that Endorse still knows by its successor's key is a task of version 1's model. */
    @Test
    void everyVersion1TaskIsInItsModel() throws Exception {
        for (ProposalProcess process : processes) {
            BpmnModelInstance version1;
            try (InputStream model = version1Model(process.processKey())) {
                version1 = Bpmn.readModelFromStream(model);
            }
            for (Map.Entry<String, String> task : process.version1Tasks().entrySet()) {
                assertThat((Object) version1.getModelElementById(task.getKey())).as(process.processKey() + " version 1")
                        .isInstanceOf(UserTask.class);
            }
        }
    }

    /**
     * Makes version 1 of the kind's model the latest, submits what the work submits on it, then deploys the
     * current model again, as upgrading Endorse does.
     */
    private String onVersion1(String processKey, java.util.function.Supplier<String> submission) {
        try (InputStream model = version1Model(processKey)) {
            repository.createDeployment().name(processKey + " version 1")
                    .addInputStream(processKey + ".bpmn", model).deploy();
            return submission.get();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } finally {
            repository.createDeployment().name(processKey + " upgraded").addClasspathResource(processKey + ".bpmn")
                    .deploy();
        }
    }

    private static InputStream version1Model(String processKey) {
        return Version1InstancesTest.class.getResourceAsStream("/legacy/" + processKey + "-v1.bpmn.xml");
    }

    private ProcessInstance instance(String reference) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).rootProcessInstances()
                .singleResult();
    }

    private int versionOf(ProcessInstance process) {
        return repository.getProcessDefinition(process.getProcessDefinitionId()).getVersion();
    }

    private int latestVersion(String processKey) {
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult();
        return latest.getVersion();
    }

    private void complete(String reference, String taskKey, EndorseUser user, String decision) {
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey)
                .singleResult().getId();
        tasks.complete(user, taskId, decision, "RETURN".equals(decision) ? "Incomplete" : null, null);
    }
}
