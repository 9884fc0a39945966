package org.endorse.security;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The user of the current request, as Spring Security authenticated them. */
@Component
public class CurrentUser {

    public EndorseUser get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof EndorseUser user) {
            return user;
        }
        throw new AuthenticationCredentialsNotFoundException("No Endorse user is logged in");
    }
}
