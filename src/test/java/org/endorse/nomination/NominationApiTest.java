package org.endorse.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.IdentityService;
import org.endorse.ApiSteps;
import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.endorse.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The nomination lifecycle and its errors as a client of the HTTP API sees them. */
@EndorseTest
class NominationApiTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;
    @Autowired
    NominationFixtures fixtures;

    HttpApi member;
    HttpApi secretariat;
    HttpApi chair;
    String seat;

    @BeforeEach
    void setUp() {
        member = HttpApi.as(port, "member");
        secretariat = HttpApi.as(port, "secretariat");
        chair = HttpApi.as(port, "chair");
        seat = "Enforcement Committee " + UUID.randomUUID();
        TestUsers.ensure(identity, "au-member", "member", "member-AUS");
        TestUsers.ensure(identity, "secretariat-2", "secretariat");
    }

    @Test
    void memberDraftsAndSubmitsANominationThatStaffCarryToEndorsement() {
        HttpApi.Response drafted = member.post("/api/nominations", nomination("IDN"));
        assertThat(drafted.code()).isEqualTo(201);
        String reference = drafted.json().get("reference").asText();
        assertThat(reference).matches("NOM-\\d{4}-\\d{4}");
        assertThat(drafted.headers().getLocation()).hasPath("/api/proposals/" + reference);
        assertThat(drafted.json().get("status").asText()).isEqualTo("DRAFT");

        HttpApi.Response submitted = member.post("/api/proposals/" + reference + "/submit");
        assertThat(submitted.code()).isEqualTo(200);
        assertThat(submitted.json().get("status").asText()).isEqualTo("SUBMITTED");

        complete(secretariat, reference, "COMPLETE", null);
        // A joint session reviews and endorses it in one meeting.
        JsonNode meeting = secretariat.post("/api/meetings", Map.of("type", "JOINT_SESSION", "number", 21,
                "contactPointsNumber", 30, "startDate", "2027-11-12", "endDate", "2027-11-12", "timeZone", "Asia/Jakarta", "hostMember", "IDN",
                "chair", "chair", "mode", "VIRTUAL")).json();
        String meetingPath = "/api/meetings/" + meeting.get("id").asText();
        assertThat(secretariat.put(meetingPath + "/agenda", Map.of("references", List.of(reference))).code())
                .isEqualTo(200);
        assertThat(secretariat.post(meetingPath + "/circulate").code()).isEqualTo(200);
        assertThat(secretariat.post(meetingPath + "/open").code()).isEqualTo(200);
        HttpApi.Response decided = chair.post(meetingPath + "/decisions", Map.of("decisions", List.of(
                Map.of("reference", reference, "decision", "RECOMMENDED"),
                Map.of("reference", reference, "decision", "ENDORSED"))));
        assertThat(decided.code()).as(decided.body()).isEqualTo(200);
        assertThat(chair.post(meetingPath + "/close").code()).isEqualTo(200);

        JsonNode endorsed = member.get("/api/proposals/" + reference).json();
        assertThat(endorsed.get("status").asText()).isEqualTo("ENDORSED");
        assertThat(endorsed.get("details").get("seatCode").asText()).isEqualTo(NominationFixtures.SEAT);
        assertThat(endorsed.get("details").get("seatName").asText()).isEqualTo("Host of ROCB A/P");
        assertThat(StreamSupport.stream(endorsed.get("timeline").spliterator(), false)
                .map(entry -> entry.get("type").asText() + " by " + entry.get("actor").asText()))
                .containsExactly("DRAFTED by member", "SUBMITTED by member", "CHECKED by secretariat",
                        "REVIEWED by chair", "ENDORSED by chair");
    }

    @Test
    void returnedNominationIsAmendedAndResubmittedByTheMember() {
        String reference = submitted("JPN");
        HttpApi.Response noReason = secretariat.post("/api/tasks/" + taskOf(secretariat, reference) + "/complete",
                Map.of("decision", "RETURN"));
        assertThat(noReason.code()).isEqualTo(400);
        assertThat(fields(noReason)).containsExactly("reason");

        complete(secretariat, reference, "RETURN", "The term must start after the Council session");
        JsonNode amendTask = taskNode(member, reference);
        assertThat(amendTask.get("howToComplete").asText()).contains("/api/proposals/" + reference + "/submit");

        Map<String, Object> amended = nomination("JPN");
        amended.put("term", Map.of("from", "2027-08-01", "to", "2029-07-31"));
        assertThat(member.put("/api/nominations/" + reference, amended).code()).isEqualTo(200);
        assertThat(member.post("/api/proposals/" + reference + "/submit").json().get("status").asText())
                .isEqualTo("SUBMITTED");
        JsonNode proposal = member.get("/api/proposals/" + reference).json();
        assertThat(proposal.get("details").get("termFrom").asText()).isEqualTo("2027-08-01");
        assertThat(proposal.get("timeline").findValuesAsText("type")).containsSubsequence("RETURNED", "AMENDED");
    }

    @Test
    void invalidNominationIsRejectedFieldByFieldAndNothingIsSaved() {
        long before = member.get("/api/proposals").json().get("total").asLong();

        HttpApi.Response empty = member.post("/api/nominations", Map.of("title", " "));
        assertThat(empty.code()).isEqualTo(400);
        assertThat(empty.headers().getContentType()).hasToString("application/problem+json");
        assertThat(fields(empty)).containsExactlyInAnyOrder("nominatedMember", "seat", "submittingMember",
                "supportingStatement", "title");

        Map<String, Object> badDate = nomination("IDN");
        badDate.put("term", Map.of("from", "1 July 2027", "to", "2029-06-30"));
        assertThat(fields(member.post("/api/nominations", badDate))).containsExactly("term.from");

        Map<String, Object> badSeat = nomination("IDN");
        badSeat.put("seat", Map.of("code", "PRESIDENT"));
        HttpApi.Response seatResponse = member.post("/api/nominations", badSeat);
        assertThat(fields(seatResponse)).containsExactly("seat.code");
        assertThat(seatResponse.body()).contains("PRESIDENT", "/api/register/seats");

        Map<String, Object> reversedTerm = nomination("IDN");
        reversedTerm.put("term", Map.of("from", "2029-06-30", "to", "2027-07-01"));
        assertThat(fields(member.post("/api/nominations", reversedTerm))).containsExactly("term.to");

        Map<String, Object> unknownMember = nomination("IDN");
        unknownMember.put("nominatedMember", "XYZ");
        assertThat(fields(member.post("/api/nominations", unknownMember))).containsExactly("nominatedMember");

        assertThat(member.get("/api/proposals").json().get("total").asLong()).as("nothing half-saved").isEqualTo(before);
    }

    @Test
    void memberCannotDraftForAnAdministrationItDoesNotActFor() {
        HttpApi.Response response = member.post("/api/nominations", nomination("AUS"));
        assertThat(response.code()).isEqualTo(403);
        assertThat(response.json().get("detail").asText()).contains("Australia");
    }

    @Test
    void memberCannotReadOrTouchAnotherMembersDraft() {
        String reference = member.post("/api/nominations", nomination("IDN")).json().get("reference").asText();
        HttpApi australia = HttpApi.as(port, "au-member");

        assertThat(australia.get("/api/proposals/" + reference).code()).isEqualTo(404);
        assertThat(australia.put("/api/nominations/" + reference, nomination("IDN")).code()).isEqualTo(404);
        assertThat(australia.post("/api/proposals/" + reference + "/submit").code()).isEqualTo(404);
        assertThat(australia.post("/api/proposals/" + reference + "/withdraw", Map.of("reason", "x")).code())
                .isEqualTo(404);
        assertThat(australia.get("/api/proposals").json().get("items").findValuesAsText("reference")).doesNotContain(reference);
        assertThat(secretariat.get("/api/proposals/" + reference).code()).as("staff never see drafts").isEqualTo(404);
        assertThat(secretariat.get("/api/proposals").json().get("items").findValuesAsText("reference")).doesNotContain(reference);
        assertThat(member.get("/api/proposals").json().get("items").findValuesAsText("reference")).contains(reference);
    }

    @Test
    void memberCannotCompleteAStaffTask() {
        String reference = submitted("IDN");
        HttpApi.Response response = member.post("/api/tasks/" + taskOf(secretariat, reference) + "/complete",
                Map.of("decision", "COMPLETE"));
        assertThat(response.code()).isEqualTo(403);
        assertThat(response.json().get("detail").asText()).contains("secretariat");
    }

    @Test
    void taskAlreadyCompletedBySomeoneElseIsAConflict() {
        String reference = submitted("IDN");
        String taskId = taskOf(secretariat, reference);
        complete(secretariat, reference, "COMPLETE", null);

        HttpApi.Response late = HttpApi.as(port, "secretariat-2").post("/api/tasks/" + taskId + "/complete",
                Map.of("decision", "RETURN", "reason", "Too late"));
        assertThat(late.code()).isEqualTo(409);
        assertThat(late.json().get("detail").asText()).contains("already completed by secretariat");
    }

    @Test
    void taskClaimedBySomeoneElseIsAConflict() {
        String reference = submitted("IDN");
        String taskId = taskOf(secretariat, reference);
        assertThat(secretariat.post("/api/tasks/" + taskId + "/claim").json().get("assignee").asText())
                .isEqualTo("secretariat");

        HttpApi.Response response = HttpApi.as(port, "secretariat-2").post("/api/tasks/" + taskId + "/complete",
                Map.of("decision", "COMPLETE"));
        assertThat(response.code()).isEqualTo(409);
        assertThat(response.json().get("detail").asText()).contains("claimed by secretariat");
    }

    @Test
    void proposalThatMovedOnCannotBeSubmittedOrEditedAgain() {
        String reference = submitted("CHN");
        assertThat(member.post("/api/proposals/" + reference + "/submit").code()).isEqualTo(409);
        HttpApi.Response edit = member.put("/api/nominations/" + reference, nomination("CHN"));
        assertThat(edit.code()).isEqualTo(409);
        assertThat(edit.json().get("detail").asText()).contains("can no longer be edited");
    }

    @Test
    void unknownProposalAndTaskAreNotFound() {
        assertThat(member.get("/api/proposals/NOM-1999-0001").code()).isEqualTo(404);
        assertThat(secretariat.post("/api/tasks/no-such-task/complete", Map.of("decision", "COMPLETE")).code())
                .isEqualTo(404);
    }

    @Test
    void invalidDecisionNamesTheAllowedOnes() {
        String reference = submitted("IDN");
        HttpApi.Response response = secretariat.post("/api/tasks/" + taskOf(secretariat, reference) + "/complete",
                Map.of("decision", "APPROVE"));
        assertThat(response.code()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("decision");
        assertThat(response.body()).contains("COMPLETE", "RETURN");
    }

    @Test
    void memberWithdrawsASubmittedNomination() {
        String reference = submitted("JPN");
        assertThat(member.post("/api/proposals/" + reference + "/withdraw", Map.of()).code()).isEqualTo(400);
        HttpApi.Response withdrawn = member.post("/api/proposals/" + reference + "/withdraw",
                Map.of("reason", "The nominee has retired"));
        assertThat(withdrawn.code()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(secretariat.get("/api/tasks?proposal=" + reference).json().get("total").asInt()).isZero();
        assertThat(member.post("/api/proposals/" + reference + "/withdraw", Map.of("reason", "again")).code())
                .isEqualTo(409);
    }

    private String submitted(String memberCode) {
        String reference = member.post("/api/nominations", nomination(memberCode)).json().get("reference").asText();
        assertThat(member.post("/api/proposals/" + reference + "/submit").code()).isEqualTo(200);
        return reference;
    }

    private void complete(HttpApi user, String reference, String decision, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        if (reason != null) {
            body.put("reason", reason);
        }
        HttpApi.Response response = user.post("/api/tasks/" + taskOf(user, reference) + "/complete", body);
        assertThat(response.code()).as(response.body()).isEqualTo(204);
    }

    private String taskOf(HttpApi user, String reference) {
        return taskNode(user, reference).get("id").asText();
    }

    private JsonNode taskNode(HttpApi user, String reference) {
        return ApiSteps.taskOf(user, reference);
    }

    private static List<String> fields(HttpApi.Response response) {
        assertThat(response.code()).as(response.body()).isEqualTo(400);
        return response.json().get("errors").findValuesAsText("field");
    }

    private Map<String, Object> nomination(String memberCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", memberCode + " for the " + seat);
        body.put("submittingMember", memberCode);
        body.put("seat", Map.of("code", "ROCB-AP-HOST"));
        NominationFixtures.Term term = fixtures.termFor(seat);
        body.put("term", Map.of("from", term.from().toString(), "to", term.to().toString()));
        body.put("nominatedMember", memberCode);
        body.put("nomineeName", "A. Delegate");
        body.put("supportingStatement", "Ten years of regional enforcement cooperation.");
        return body;
    }
}
