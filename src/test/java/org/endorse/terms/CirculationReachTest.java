package org.endorse.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.endorse.EndorseTest;
import org.endorse.ScriptlessBrowser;
import org.endorse.TestUsers;
import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalEvent;
import org.endorse.proposal.ProposalEventType;
import org.endorse.proposal.ProposalService;
import org.endorse.proposal.ProposalTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A member administration with no contact point user in Endorse cannot answer a circulation, and its silence
 * would count as no objection: the secretariat is told before it circulates, and the circulation and its round
 * say so.
 */
@EndorseTest
class CirculationReachTest {

    @LocalServerPort
    int port;

    @Autowired
    TermsService terms;
    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalTasks tasks;
    @Autowired
    TaskService taskService;

    @Test
    void administrationsNobodyCanAnswerForAreNamedBeforeAndAfterCirculating() throws Exception {
        Proposal draft = proposals.draft(TestUsers.MEMBER, terms, new TermsRequest("Terms of Reference of the RTC "
                + UUID.randomUUID(), "IDN", "Regional Training Centres " + UUID.randomUUID(), null,
                "1. The centres meet once a year.\n"));
        String reference = draft.getReference();
        proposals.submit(TestUsers.MEMBER, reference);

        ScriptlessBrowser secretariat = new ScriptlessBrowser(port);
        secretariat.logIn("secretariat");
        assertThat(secretariat.get("/proposals/" + reference).body()).as("told before circulating")
                .contains("Before you circulate it", "have no contact point user", "Tonga")
                .doesNotContain("Indonesia, Japan");
        ScriptlessBrowser member = new ScriptlessBrowser(port);
        member.logIn("member");
        assertThat(member.get("/proposals/" + reference).body()).doesNotContain("Before you circulate it");

        String check = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();
        tasks.complete(TestUsers.SECRETARIAT, check, "COMPLETE", null, null);

        ProposalEvent circulated = proposals.byReference(reference).getTimeline().stream()
                .filter(event -> event.getType() == ProposalEventType.CIRCULATED).findFirst().orElseThrow();
        assertThat(circulated.getNote()).contains("have no contact point user in Endorse and cannot answer", "Tonga")
                .doesNotContain("Indonesia");
        RoundSummary round = terms.rounds(TestUsers.SECRETARIAT, reference).get(0);
        assertThat(round.withoutContactPoint()).contains("Tonga", "Viet Nam").doesNotContain("Indonesia", "Japan",
                "China");
    }
}
