package org.endorse.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.endorse.ApiSteps;
import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.endorse.StatementCounter;
import org.endorse.TestUsers;
import org.endorse.nomination.NominationFixtures;
import org.endorse.system.PageQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * GET /api/tasks and GET /api/notifications follow the paging contract of every list, with the filters the
 * secretariat uses: a proposal's tasks, those claimed by me or by nobody, a proposal's mails, words of a subject.
 */
@EndorseTest
class TaskListApiTest {

    @LocalServerPort
    int port;

    @Autowired
    NominationFixtures nominations;
    @Autowired
    ProposalTasks tasks;

    @Test
    void theTaskListPagesAndFiltersByProposalTaskAndAssignee() {
        String label = "Task list " + UUID.randomUUID();
        String claimed = nominations.submitted("IDN", label + " a");
        String open = nominations.submitted("JPN", label + " b");
        HttpApi secretariat = HttpApi.as(port, "secretariat");
        String claimedTask = ApiSteps.taskOf(secretariat, claimed).get("id").asText();
        assertThat(secretariat.post("/api/tasks/" + claimedTask + "/claim").code()).isEqualTo(200);

        HttpApi.Response firstPage = secretariat.get("/api/tasks?size=1&sort=created,desc");
        assertThat(firstPage.code()).isEqualTo(200);
        assertThat(firstPage.json().get("items")).hasSize(1);
        assertThat(firstPage.json().get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(firstPage.json().get("sort").asText()).isEqualTo("created,desc");
        HttpApi.Response secondPage = secretariat.get("/api/tasks?size=1&page=2&sort=created,desc");
        assertThat(secondPage.json().at("/items/0/id").asText()).as("no task on two pages")
                .isNotEqualTo(firstPage.json().at("/items/0/id").asText());

        assertThat(references(secretariat, "/api/tasks?assigned=me&size=50")).contains(claimed).doesNotContain(open);
        assertThat(references(secretariat, "/api/tasks?assigned=nobody&proposal=" + claimed)).isEmpty();
        assertThat(references(secretariat, "/api/tasks?assigned=nobody&proposal=" + open)).containsExactly(open);
        assertThat(references(secretariat, "/api/tasks?task=user_check_submission&proposal=" + open))
                .containsExactly(open);
        assertThat(references(secretariat, "/api/tasks?task=user_review&proposal=" + open)).isEmpty();
        assertThat(references(HttpApi.as(port, "member"), "/api/tasks?proposal=" + open))
                .as("a member administration does not check its own nominations").isEmpty();
    }

    @Test
    void aPageOfFiftyTasksTakesAsManyQueriesAsAPageOfTwo() {
        String label = "Counted " + UUID.randomUUID();
        for (int i = 0; i < 50; i++) {
            nominations.submitted("IDN", label + " " + i);
        }
        TaskSearch checks = new TaskSearch(null, ProposalCheckProcess.USER_CHECK_SUBMISSION, null);

        var two = StatementCounter.count(() -> tasks.tasksOf(TestUsers.SECRETARIAT, checks, new PageQuery(1, 2, null)));
        var fifty = StatementCounter.count(() -> tasks.tasksOf(TestUsers.SECRETARIAT, checks,
                new PageQuery(1, 50, null)));

        assertThat(two.result().items()).hasSize(2);
        assertThat(fifty.result().items()).hasSize(50);
        assertThat(fifty.statements()).as("count, page, their processes, their proposals")
                .isEqualTo(two.statements()).isEqualTo(4);
    }

    @Test
    void aWrongFilterOrSortOfTheTaskListIsNamedWithWhatItCanBe() {
        HttpApi secretariat = HttpApi.as(port, "secretariat");
        HttpApi.Response assigned = secretariat.get("/api/tasks?assigned=everyone");
        assertThat(assigned.code()).isEqualTo(400);
        assertThat(assigned.json().at("/errors/0/field").asText()).isEqualTo("assigned");
        assertThat(assigned.json().at("/errors/0/message").asText()).contains("me", "nobody");
        HttpApi.Response sort = secretariat.get("/api/tasks?sort=priority");
        assertThat(sort.code()).isEqualTo(400);
        assertThat(sort.json().at("/errors/0/message").asText()).contains("created", "due", "name");
        HttpApi.Response kind = secretariat.get("/api/notifications?kind=POSTCARD");
        assertThat(kind.code()).isEqualTo(400);
        assertThat(kind.json().at("/errors/0/field").asText()).isEqualTo("kind");
    }

    @Test
    void theOutboxFiltersByProposalKindAndWordsOfTheSubject() {
        String reference = nominations.submitted("IDN", "Outbox " + UUID.randomUUID());
        HttpApi secretariat = HttpApi.as(port, "secretariat");

        List<String> kinds = ApiSteps.notifications(secretariat, "proposal=" + reference).findValuesAsText("kind");
        assertThat(kinds).contains("SUBMISSION_RECEIVED");
        assertThat(ApiSteps.notifications(secretariat, "proposal=" + reference + "&kind=ENDORSED")).isEmpty();
        assertThat(ApiSteps.mailSubjects(secretariat, reference)).isNotEmpty()
                .allSatisfy(subject -> assertThat(subject).contains(reference));
        assertThat(ApiSteps.notifications(secretariat, "recipient=member&proposal=" + reference)
                .findValuesAsText("recipientUser")).containsOnly("member");
    }

    private static List<String> references(HttpApi user, String path) {
        HttpApi.Response found = user.get(path);
        assertThat(found.code()).as(found.body()).isEqualTo(200);
        return found.json().get("items").findValuesAsText("proposalReference");
    }
}
