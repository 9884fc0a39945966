package org.endorse.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.endorse.NodeArguments;
import org.endorse.EndorseApplication;
import org.endorse.TestUsers;
import org.endorse.nomination.NominationFixtures;
import org.endorse.proposal.MeetingDecision;
import org.endorse.proposal.ProposalService;
import org.endorse.proposal.ProposalStatus;
import org.endorse.register.Representation;
import org.endorse.register.RepresentationRegister;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database does not grow for ever: Camunda's history cleanup, scheduled in its nightly window, removes the
 * engine's history of processes ended longer ago than their models' time to live, and leaves running processes and
 * Endorse's own records whole. On a database of its own, as the cleanup removes every old history it finds.
 */
class HistoryCleanupTest {

    static ConfigurableApplicationContext endorse;

    @BeforeAll
    static void start() {
        endorse = new SpringApplicationBuilder(EndorseApplication.class).profiles("demo").run(NodeArguments.with(
                "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:endorse-history-cleanup;DB_CLOSE_DELAY=-1",
                "--camunda.bpm.job-execution.enabled=false", "--camunda.bpm.generate-unique-process-engine-name=true",
                "--camunda.bpm.webapp.enabled=false"));
    }

    @AfterAll
    static void stop() {
        if (endorse != null) {
            endorse.close();
        }
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theCleanupRemovesTheEnginesHistoryOfLongEndedProcessesAndKeepsEveryTimelineAndRegisterEntry() {
        HistoryService history = endorse.getBean(HistoryService.class);
        ManagementService management = endorse.getBean(ManagementService.class);
        NominationFixtures nominations = endorse.getBean(NominationFixtures.class);
        ProposalService proposals = endorse.getBean(ProposalService.class);
        RepresentationRegister register = endorse.getBean(RepresentationRegister.class);
        assertThat(history.findHistoryCleanupJobs()).as("scheduled in its window at start").isNotEmpty();

        String ended = nominations.waitingForEndorsement("IDN", "a seat ended long ago");
        proposals.decideAtMeeting(ended, MeetingDecision.ENDORSED, TestUsers.CHAIR.id(), "Heads of Customs", null, null);
        String running = nominations.waitingForReview("JPN", "a seat still being decided");
        List<String> timeline = timeline(proposals, ended);
        assertThat(processesOf(history, ended)).as("the nomination and the processes it called").isGreaterThan(1);

        ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(Duration.ofDays(3651))));
        Job cleanup = history.cleanUpHistoryAsync(true);
        management.executeJob(cleanup.getId());

        assertThat(processesOf(history, ended)).as("ten years after it ended").isZero();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(ended).count()).isZero();
        assertThat(processesOf(history, running)).as("a running process keeps its history").isPositive();
        assertThat(proposals.byReference(ended).getStatus()).isEqualTo(ProposalStatus.ENDORSED);
        assertThat(timeline(proposals, ended)).as("the timeline is Endorse's own").isEqualTo(timeline);
        ClockUtil.reset();
        Representation representation = register.on(LocalDate.now().plusYears(80), TestUsers.SECRETARIAT);
        assertThat(representation.seats().stream().filter(seat -> seat.code().equals(NominationFixtures.SEAT))
                .flatMap(seat -> seat.previous().stream()).map(Representation.Holder::nominationReference))
                .as("the register keeps its entry").contains(ended);
    }

    private static long processesOf(HistoryService history, String reference) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).count();
    }

    private static List<String> timeline(ProposalService proposals, String reference) {
        return proposals.byReference(reference).getTimeline().stream()
                .map(event -> event.getType() + " " + event.getActor() + " " + event.getOccurredAt()).toList();
    }
}
