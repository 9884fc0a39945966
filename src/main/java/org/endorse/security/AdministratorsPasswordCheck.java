package org.endorse.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.endorse.system.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda sets a user's password (Camunda Admin, {@code PUT /engine-rest/user/{id}/credentials}) only once the
 * administrator who asks gives their own password, which it checks: a password check, so counted like a login
 * ({@link LoginThrottle}). Camunda answers a wrong one with 400, and so does it a new password its policy refuses:
 * both count as wrong. Only administrators reach these addresses at all (SecurityConfig); everyone else changes
 * their password on My account.
 */
class AdministratorsPasswordCheck extends OncePerRequestFilter {

    private final RequestMatcher passwordChanges;
    private final LoginThrottle throttle;
    private final ProblemResponses problems;

    AdministratorsPasswordCheck(RequestMatcher passwordChanges, LoginThrottle throttle, ProblemResponses problems) {
        this.passwordChanges = passwordChanges;
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !passwordChanges.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String administrator = SecurityContextHolder.getContext().getAuthentication().getName();
        LoginThrottle.Attempt attempt = throttle.attempt(request.getRemoteAddr(), administrator);
        if (attempt.pausedFor().isPresent()) {
            new SignInPausedException(attempt.pausedFor().get()).answer(request, response, problems);
            return;
        }
        boolean right = false;
        try {
            chain.doFilter(request, response);
            right = response.getStatus() != HttpStatus.BAD_REQUEST.value();
        } finally {
            attempt.ended(right);
        }
    }
}
