package org.endorse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.endorse.EndorseApplication;
import org.endorse.system.InvalidFieldException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;

/** Outside the demo setup, passwords follow the engine's policy, and the portal says which rule one breaks. */
class PasswordPolicyTest {

    @Test
    void aWeakPasswordIsRefusedNamingTheRuleItBreaks() {
        try (ConfigurableApplicationContext endorse = new SpringApplicationBuilder(EndorseApplication.class)
                .profiles("test").run("--spring.datasource.url=jdbc:h2:mem:password-policy", "--server.port=0",
                        "--camunda.bpm.generate-unique-process-engine-name=true", "--camunda.bpm.webapp.enabled=false")) {
            IdentityService identity = endorse.getBean(IdentityService.class);
            User weak = identity.newUser("weak");
            weak.setPassword("demo");
            assertThatThrownBy(() -> identity.saveUser(weak)).as("no user with a demo password")
                    .hasMessageContaining("policy");

            User official = identity.newUser("official");
            official.setPassword("Customs-Region-2027!");
            identity.saveUser(official);
            EndorseUser loggedIn = new EndorseUser("official", "Official", Set.of(Role.MEMBER), Set.of("IDN"));

            assertThatThrownBy(() -> endorse.getBean(UserAccounts.class).changePassword(loggedIn,
                    "Customs-Region-2027!", "short", "192.0.2.1"))
                    .isInstanceOfSatisfying(InvalidFieldException.class, refused -> {
                        assertThat(refused.getField()).isEqualTo("newPassword");
                        assertThat(endorse.getBean(MessageSource.class).getMessage(refused, Locale.ENGLISH))
                                .isEqualTo("does not follow the password policy: it needs 10 characters or more");
                    });
            endorse.getBean(UserAccounts.class).changePassword(loggedIn, "Customs-Region-2027!", "Longer-Secret-2028#",
                    "192.0.2.1");
            assertThat(identity.checkPassword("official", "Longer-Secret-2028#")).isTrue();
        }
    }
}
