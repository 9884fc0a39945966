package org.endorse.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks user names and passwords against Camunda's identity service, so users and groups are managed in
 * one place (Camunda Admin) and one login serves the API, Tasklist and Cockpit. After a wrong password,
 * Camunda locks the user for a while that grows with each further one (kept in its user table, so every
 * node honours it); the right password works again once that while has passed, or an administrator unlocks.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final UserDirectory users;

    CamundaIdentityAuthenticationProvider(IdentityService identityService, UserDirectory users) {
        this.identityService = identityService;
        this.users = users;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null
                || !identityService.checkPassword(userId, credentials.toString())) {
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
