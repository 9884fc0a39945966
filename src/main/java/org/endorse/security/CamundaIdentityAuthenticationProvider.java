package org.endorse.security;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks user names and passwords against Camunda's identity service, so users and groups are managed in
 * one place (Camunda Admin) and one login serves the API, Tasklist and Cockpit.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;

    CamundaIdentityAuthenticationProvider(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null
                || !identityService.checkPassword(userId, credentials.toString())) {
            throw new BadCredentialsException("Unknown user or wrong password");
        }
        EndorseUser user = load(userId);
        List<SimpleGrantedAuthority> authorities = user.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    private EndorseUser load(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<String> memberCodes = new HashSet<>();
        Set<String> contactPointFor = new HashSet<>();
        for (Group group : identityService.createGroupQuery().groupMember(userId).list()) {
            Role.ofGroup(group.getId()).ifPresent(roles::add);
            if (group.getId().startsWith(Role.MEMBER_GROUP_PREFIX)) {
                memberCodes.add(group.getId().substring(Role.MEMBER_GROUP_PREFIX.length()));
            } else if (group.getId().startsWith(Role.CONTACT_POINT_GROUP_PREFIX)) {
                contactPointFor.add(group.getId().substring(Role.CONTACT_POINT_GROUP_PREFIX.length()));
            }
        }
        String displayName = user == null ? userId
                : (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).trim();
        return new EndorseUser(userId, displayName.isEmpty() ? userId : displayName, roles, memberCodes,
                contactPointFor);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
