package org.endorse.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.endorse.ApiSteps.completeTask;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A version of a ToR has a bounded size, and the difference between two versions is computed once, when the
 * later one is frozen: reading it, however often, only reads what was stored.
 */
@EndorseTest
class TermsDifferenceTest {

    @LocalServerPort
    int port;

    @Autowired
    TermsDifferenceRepository differences;
    @Autowired
    TermsRepository terms;

    HttpApi member;
    HttpApi secretariat;
    String body;

    @BeforeEach
    void setUp() {
        member = HttpApi.as(port, "member");
        secretariat = HttpApi.as(port, "secretariat");
        body = "Working Group " + UUID.randomUUID();
    }

    @Test
    void aTextOfMoreLinesThanAVersionMayHaveIsRefusedNamingTheText() {
        HttpApi.Response refused = member.post("/api/terms", terms(lines("x", TermsVersion.MAX_LINES + 1)));
        assertThat(refused.code()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("text");
        assertThat(refused.json().at("/errors/0/message").asText()).startsWith("may have at most 3000 lines");

        HttpApi.Response drafted = member.post("/api/terms", terms(lines("x", TermsVersion.MAX_LINES)));
        assertThat(drafted.code()).as(drafted.body()).isEqualTo(201);
        HttpApi.Response edited = member.put("/api/terms/" + drafted.json().get("reference").asText(),
                terms(lines("y", TermsVersion.MAX_LINES + 1)));
        assertThat(edited.json().get("errors").findValuesAsText("field")).containsExactly("text");
    }

    @Test
    void theDifferenceIsStoredWhenTheLaterVersionIsFrozenAndReadFromThere() {
        String reference = member.post("/api/terms", terms(lines("The Group meets once a year, clause ",
                TermsVersion.MAX_LINES))).json().get("reference").asText();
        assertThat(member.post("/api/proposals/" + reference + "/submit").code()).isEqualTo(200);
        completeTask(secretariat, reference, Map.of("decision", "RETURN", "reason", "Rewrite every clause."));
        assertThat(member.put("/api/terms/" + reference, terms(lines("The Group meets twice a year, article ",
                TermsVersion.MAX_LINES))).code()).isEqualTo(200);
        assertThat(member.post("/api/proposals/" + reference + "/submit").code()).isEqualTo(200);

        Long proposalId = terms.findByReference(reference).orElseThrow().getProposalId();
        assertThat(differences.findByProposalIdAndFromNumberAndToNumber(proposalId, 1, 2)).isPresent();
        String diff = member.getAs("/api/terms/" + reference + "/diff?from=1&to=2", "text/plain").body();
        assertThat(diff).contains("-The Group meets once a year, clause 1", "+The Group meets twice a year, article 1");
        assertThat(member.getAs("/api/terms/" + reference + "/diff?from=2&to=1", "text/plain").code())
                .isEqualTo(400);
    }

    private Map<String, Object> terms(String text) {
        return Map.of("title", "Terms of Reference of the " + body, "submittingMember", "IDN", "governedBody", body,
                "text", text);
    }

    private static String lines(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + i).collect(Collectors.joining("\n"));
    }
}
