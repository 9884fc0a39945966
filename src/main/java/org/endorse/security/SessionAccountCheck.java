package org.endorse.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session holds what its user was at login; an administrator may since have deleted the user or changed
 * their groups in Camunda Admin. So each request of a session reads the account again: a deleted user's
 * session ends at once, and changed roles or member administrations apply from the next request, in the
 * portal, the API and the Camunda webapps alike.
 */
class SessionAccountCheck extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionAccountCheck.class);

    private final UserDirectory users;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SessionAccountCheck(UserDirectory users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        // Also when the request carries credentials of its own: HTTP Basic does not check them again while the
        // session already holds the same user, so the session's user is what the request runs as.
        if (session != null && authentication != null
                && authentication.getPrincipal() instanceof EndorseUser loggedIn) {
            Optional<EndorseUser> now = users.endorseUser(loggedIn.id());
            if (now.isEmpty()) {
                log.info("Session of user {} ended: the user no longer exists", loggedIn.id());
                SecurityContextHolder.clearContext();
                session.invalidate();
            } else if (!now.get().equals(loggedIn)) {
                log.info("User {} now has roles {} and member administrations {}: their session follows",
                        loggedIn.id(), now.get().roles(), now.get().memberCodes());
                SecurityContext updated = SecurityContextHolder.createEmptyContext();
                updated.setAuthentication(CamundaIdentityAuthenticationProvider.authenticated(now.get()));
                SecurityContextHolder.setContext(updated);
                sessions.saveContext(updated, request, response);
                // The Camunda webapps log the user in again, with their groups as they are now.
                AuthenticationUtil.updateSession(session, new Authentications());
            }
        }
        chain.doFilter(request, response);
    }
}
