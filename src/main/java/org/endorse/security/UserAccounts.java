package org.endorse.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.User;
import org.endorse.system.InvalidFieldException;
import org.endorse.system.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A user's own account: their name, mail address and password, kept in Camunda's identity service, so that
 * member users, who never reach Camunda Admin, manage them in the portal.
 */
@Service
public class UserAccounts {

    private static final Logger log = LoggerFactory.getLogger(UserAccounts.class);

    private final IdentityService identity;
    private final LoginThrottle throttle;

    UserAccounts(IdentityService identity, LoginThrottle throttle) {
        this.identity = identity;
        this.throttle = throttle;
    }

    /** What the account page shows and edits. */
    public record Account(String firstName, String lastName, String email) {
    }

    public Account account(EndorseUser user) {
        User stored = find(user.id());
        return new Account(stored.getFirstName(), stored.getLastName(), stored.getEmail());
    }

    public void update(EndorseUser user, Account account) {
        User stored = find(user.id());
        stored.setFirstName(blankToNull(account.firstName()));
        stored.setLastName(blankToNull(account.lastName()));
        stored.setEmail(blankToNull(account.email()));
        identity.saveUser(stored);
        log.info("User {} updated their name and mail address", user.id());
    }

    /**
     * Sets a new password once the current one is given, from {@code source} (the client's address), which counts
     * wrong ones as a login does: this is a password check too.
     */
    public void changePassword(EndorseUser user, String currentPassword, String newPassword, String source) {
        LoginThrottle.Checked checked = throttle.check(source, user.id(),
                () -> identity.checkPassword(user.id(), currentPassword));
        checked.pausedFor().ifPresent(pause -> {
            throw new InvalidFieldException("currentPassword", "error.account.passwordCheckPaused",
                    SignInPausedException.minutes(SignInPausedException.seconds(pause)));
        });
        if (!checked.right()) {
            throw new InvalidFieldException("currentPassword", "error.account.wrongPassword");
        }
        User stored = find(user.id());
        PasswordPolicy policy = identity.getPasswordPolicy();
        if (policy != null) {
            identity.checkPasswordAgainstPolicy(policy, newPassword, stored).getViolatedRules().stream().findFirst()
                    .ifPresent(rule -> {
                        throw new InvalidFieldException("newPassword", "error.account.passwordPolicy",
                                Texts.of("error.account.passwordRule." + rule.getPlaceholder(),
                                        rule.getParameters() == null ? null
                                                : rule.getParameters().values().stream().findFirst().orElse(null)));
                    });
        }
        stored.setPassword(newPassword);
        identity.saveUser(stored);
        log.info("User {} changed their password", user.id());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private User find(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            throw new IllegalStateException("The logged-in user " + userId + " is not in the identity service");
        }
        return user;
    }
}
