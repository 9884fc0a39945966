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
 * A session holds what its user was at login; an administrator may since have deleted the user, changed their
 * groups or reset their password in Camunda Admin. So each request of a session reads the account again, on
 * whichever node serves it: a deleted user's session ends at once, and so does every session begun before the
 * password was set (reset by an administrator, or changed by the user, whose own session goes on: see
 * {@link #begin}); changed roles or member administrations apply from the next request, in
 * the portal, the API and the Camunda webapps alike. Wrong passwords end no session: they change no password.
 */
class SessionAccountCheck extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionAccountCheck.class);

    /** The session attribute that holds the stamp of its user's password as it was when the session began. */
    private static final String PASSWORD_STAMP = SessionAccountCheck.class.getName() + ".passwordStamp";

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
        // A request with HTTP Basic credentials of its own runs as them, checked and read just now: the session is
        // checked at its next request without them.
        if (session != null && authentication != null && !BrowserRequestForgery.sendsOwnCredentials(request)
                && authentication.getPrincipal() instanceof EndorseUser loggedIn) {
            Optional<UserDirectory.SignedIn> signedIn = users.signedIn(loggedIn.id());
            Optional<EndorseUser> now = signedIn.map(UserDirectory.SignedIn::user);
            Object stamp = session.getAttribute(PASSWORD_STAMP);
            if (now.isEmpty()) {
                log.info("Session of user {} ended: the user no longer exists", loggedIn.id());
                end(session);
            } else if (!signedIn.get().passwordStamp().equals(stamp)) {
                log.info("Session of user {} ended: their password was set since it began", loggedIn.id());
                end(session);
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

    private static void end(HttpSession session) {
        SecurityContextHolder.clearContext();
        session.invalidate();
    }

    /**
     * A session begins with the user's password as it is now: at the login, and again when the user changes their
     * own password in it, which ends their other sessions but not this one. A session without it (begun before
     * Endorse kept it) ends at its next request.
     */
    static void begin(HttpSession session, UserDirectory users, String userId) {
        users.signedIn(userId).ifPresent(now -> session.setAttribute(PASSWORD_STAMP, now.passwordStamp()));
    }
}
