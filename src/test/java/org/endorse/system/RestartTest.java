package org.endorse.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.TaskService;
import org.endorse.NodeArguments;
import org.endorse.EndorseApplication;
import org.endorse.HttpApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A submitted nomination and its process are still there after Endorse restarts on its H2 file database. */
class RestartTest {

    @TempDir
    Path dataDirectory;

    @Test
    void submittedNominationAndItsProcessSurviveARestart() {
        String reference;
        try (ConfigurableApplicationContext first = start()) {
            HttpApi member = HttpApi.as(port(first), "member");
            reference = member.post("/api/nominations", nomination("2027-07-01", "2029-06-30")).json()
                    .get("reference").asText();
            assertThat(member.post("/api/proposals/" + reference + "/submit").code()).isEqualTo(200);
        }

        try (ConfigurableApplicationContext second = start()) {
            HttpApi member = HttpApi.as(port(second), "member");
            JsonNode proposal = member.get("/api/proposals/" + reference).json();
            assertThat(proposal.get("status").asText()).isEqualTo("SUBMITTED");
            assertThat(proposal.get("timeline").findValuesAsText("type")).containsExactly("DRAFTED", "SUBMITTED");
            assertThat(second.getBean(TaskService.class).createTaskQuery().processInstanceBusinessKey(reference)
                    .singleResult().getTaskDefinitionKey()).isEqualTo("user_check_submission");

            String next = member.post("/api/nominations", nomination("2029-07-01", "2031-06-30")).json()
                    .get("reference").asText();
            assertThat(next).as("reference numbers carry on after the restart")
                    .isEqualTo(reference.substring(0, reference.length() - 4) + "0002");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(EndorseApplication.class)
                .profiles("demo")
                // Command-line arguments, as an operator would give them: they override application.yml.
                .run(NodeArguments.with("--spring.datasource.url=jdbc:h2:file:" + dataDirectory.resolve("endorse")
                                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
                        "--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                        // Another test's engine may be running in this JVM under the default name, and the
                        // Camunda webapps keep static state that must stay with that test's context.
                        "--camunda.bpm.generate-unique-process-engine-name=true", "--camunda.bpm.webapp.enabled=false"));
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private static Map<String, Object> nomination(String from, String to) {
        return Map.of("title", "Indonesia for the Capacity Building Committee", "submittingMember", "IDN",
                "seat", Map.of("code", "ROCB-AP-HOST"),
                "term", Map.of("from", from, "to", to), "nominatedMember", "IDN",
                "supportingStatement", "Host of the regional capacity building office.");
    }
}
