package org.endorse.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks user names and passwords against Camunda's identity service, so users and groups are managed in
 * one place (Camunda Admin) and one login serves the API, Tasklist and Cockpit. Wrong passwords pause further
 * attempts at that name from that source ({@link LoginThrottle}); while paused, no password is checked, right or
 * wrong. Camunda's own lock of a user after wrong passwords is off (application.yml): anyone could set it off for
 * anyone.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final UserDirectory users;
    private final LoginThrottle throttle;

    CamundaIdentityAuthenticationProvider(IdentityService identityService, UserDirectory users,
            LoginThrottle throttle) {
        this.identityService = identityService;
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName() == null ? "" : authentication.getName();
        String source = authentication.getDetails() instanceof WebAuthenticationDetails web
                && web.getRemoteAddress() != null ? web.getRemoteAddress() : "unknown";
        Object credentials = authentication.getCredentials();
        LoginThrottle.Checked checked = throttle.check(source, userId, () -> !userId.isBlank() && credentials != null
                && identityService.checkPassword(userId, credentials.toString()));
        checked.pausedFor().ifPresent(pause -> {
            throw new SignInPausedException(pause);
        });
        if (!checked.right()) {
            throw new BadCredentialsException("Unknown user or wrong password");
        }
        EndorseUser user = users.endorseUser(userId)
                .orElseThrow(() -> new BadCredentialsException("Unknown user or wrong password"));
        return authenticated(user);
    }

    static UsernamePasswordAuthenticationToken authenticated(EndorseUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
