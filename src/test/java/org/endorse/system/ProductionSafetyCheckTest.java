package org.endorse.system;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.endorse.EndorseApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The prod profile refuses demo users and the embedded H2 database, and says what to change. */
class ProductionSafetyCheckTest {

    @Test
    void prodProfileRefusesTheEmbeddedH2Database() {
        assertThatThrownBy(() -> start("prod"))
                .rootCause().hasMessageContaining("will not start with the prod profile")
                .hasMessageContaining("the database is H2").hasMessageContaining("SPRING_DATASOURCE_URL");
    }

    @Test
    void prodProfileRefusesDemoUsersWithoutShowingTheirPasswords() {
        assertThatThrownBy(() -> start("prod", "demo"))
                .rootCause().hasMessageContaining("demo users are configured")
                .hasMessageContaining("secretariat").hasMessageNotContaining("password: demo");
    }

    @Test
    void malformedSenderAddressIsRefusedAtStartNamingTheSetting() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(EndorseApplication.class).profiles("demo")
                .run("--spring.datasource.url=jdbc:h2:mem:mail-check", "--server.port=0",
                        "--camunda.bpm.job-execution.enabled=false", "--camunda.bpm.generate-unique-process-engine-name=true",
                        "--camunda.bpm.webapp.enabled=false", "--endorse.mail.from=no-reply at endorse")
                .close())
                .hasStackTraceContaining("endorse.mail.from").hasStackTraceContaining("no-reply at endorse");
    }

    private static void start(String... profiles) {
        new SpringApplicationBuilder(EndorseApplication.class).profiles(profiles)
                .run("--spring.datasource.url=jdbc:h2:mem:prod-check-" + String.join("-", profiles),
                        "--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                        // The Camunda webapps keep static state that must stay with the other tests' context.
                        "--camunda.bpm.generate-unique-process-engine-name=true", "--camunda.bpm.webapp.enabled=false")
                .close();
    }
}
