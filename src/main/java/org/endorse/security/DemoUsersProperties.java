package org.endorse.security;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The demo users of config/application-demo.yml. They exist only in the demo setup: the prod profile refuses
 * to start while any is configured; real users are managed in Camunda Admin.
 */
@ConfigurationProperties("endorse.demo")
@Validated
public record DemoUsersProperties(List<@Valid DemoUser> users) {

    public DemoUsersProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record DemoUser(@NotBlank String id, @NotBlank String password, String firstName, String lastName,
            @Email String email, @NotEmpty Set<Role> roles, Set<String> members) {

        public DemoUser {
            members = members == null ? Set.of() : Set.copyOf(members);
        }

        /** Never print the password, not even in a startup failure report. */
        @Override
        public String toString() {
            return "DemoUser[" + id + ", roles " + roles + ", members " + members + "]";
        }
    }
}
