package org.endorse;

import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.endorse.security.EndorseUser;
import org.endorse.security.Role;

/** The demo users as a login makes them, for tests that call services directly. */
public final class TestUsers {

    public static final EndorseUser MEMBER = new EndorseUser("member", "Member Administrations", Set.of(Role.MEMBER),
            Set.of("IDN", "JPN", "CHN"));
    public static final EndorseUser SECRETARIAT = new EndorseUser("secretariat", "Vice-Chair's Office",
            Set.of(Role.SECRETARIAT), Set.of());
    /** A second officer of the secretariat (demo user "officer"). */
    public static final EndorseUser OFFICER = new EndorseUser("officer", "Secretariat Officer", Set.of(Role.SECRETARIAT),
            Set.of());
    public static final EndorseUser CONTACT_POINT = new EndorseUser("cp-jpn", "Contact Point Japan",
            Set.of(Role.CONTACT_POINT), Set.of("JPN"));
    public static final EndorseUser CHAIR = new EndorseUser("chair", "Regional Vice-Chair", Set.of(Role.CHAIR), Set.of());
    public static final EndorseUser ASSESSOR = new EndorseUser("assessor", "Technical Assessor", Set.of(Role.ASSESSOR),
            Set.of());

    private TestUsers() {
    }

    /** A user beyond the demo ones, with the password "demo", created once through Camunda's identity service. */
    public static void ensure(IdentityService identity, String id, String... groups) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setPassword("demo");
            identity.saveUser(user);
            for (String group : groups) {
                identity.createMembership(id, group);
            }
        }
    }
}
