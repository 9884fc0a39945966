package org.endorse.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.endorse.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A user's name written with a NUL through the Camunda REST API was once stored, and would break every page, mail
 * and record that greets them: the engine refuses such texts, however they come, with 400 naming the field.
 */
@EndorseTest
class IdentityTextsTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Test
    void namesThatNoPageOrMailCanCarryAreRefusedWhereverTheyAreWritten() {
        TestUsers.ensure(identity, "named", "member", "member-IDN");
        HttpApi admin = HttpApi.as(port, "admin");

        HttpApi.Response nul = admin.put("/engine-rest/user/named/profile", Map.of("id", "named",
                "firstName", "Ana\u0000", "lastName", "Santos", "email", "ana@example.org"));
        assertThat(nul.code()).as(nul.body()).isEqualTo(400);
        assertThat(nul.json().get("message").asText()).contains("firstName", "U+0000");

        HttpApi.Response tooLong = admin.put("/engine-rest/user/named/profile", Map.of("id", "named",
                "firstName", "Ana", "lastName", "S".repeat(300), "email", "ana@example.org"));
        assertThat(tooLong.code()).as(tooLong.body()).isEqualTo(400);
        assertThat(tooLong.json().get("message").asText()).contains("lastName", "255");

        HttpApi.Response lineBreak = admin.put("/engine-rest/user/named/profile", Map.of("id", "named",
                "firstName", "Ana", "lastName", "Santos", "email", "ana@example.org\r\nBcc: everyone@example.org"));
        assertThat(lineBreak.code()).as(lineBreak.body()).isEqualTo(400);
        assertThat(lineBreak.json().get("message").asText()).contains("email", "line break");

        HttpApi.Response group = admin.post("/engine-rest/group/create", Map.of("id", "working-group",
                "name", "Working\u0007Group", "type", "WORKFLOW"));
        assertThat(group.code()).as(group.body()).isEqualTo(400);
        assertThat(identity.createGroupQuery().groupId("working-group").count()).isZero();

        assertThat(identity.createUserQuery().userId("named").singleResult().getFirstName()).isNull();
        HttpApi.Response fine = admin.put("/engine-rest/user/named/profile", Map.of("id", "named",
                "firstName", "Ana", "lastName", "Santos", "email", "ana@example.org"));
        assertThat(fine.code()).as(fine.body()).isEqualTo(204);
        assertThat(identity.createUserQuery().userId("named").singleResult().getFirstName()).isEqualTo("Ana");
    }
}
