package org.endorse.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.endorse.system.ProblemResponses;
import org.endorse.system.Texts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;

/**
 * An attempt to sign in while attempts at its name from its source are paused; its password was not checked. How
 * long a pause is told, wherever it is told: in whole seconds to a client, in whole minutes on a page.
 */
class SignInPausedException extends AuthenticationException {

    private final Duration pause;

    SignInPausedException(Duration pause) {
        super("Sign-in is paused for " + seconds(pause) + " seconds");
        this.pause = pause;
    }

    /** Whole seconds, rounded up and at least one, so that trying again after them is no longer paused. */
    static long seconds(Duration pause) {
        return Math.max(1, (pause.toMillis() + 999) / 1000);
    }

    /** Whole minutes, rounded up, as the login page and My account say it. */
    static long minutes(long seconds) {
        return (seconds + 59) / 60;
    }

    long seconds() {
        return seconds(pause);
    }

    /** What a client that sent its own credentials is told: 429, when to try again, and why. */
    void answer(HttpServletRequest request, HttpServletResponse response, ProblemResponses problems)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds()));
        problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS,
                Texts.of("error.security.signInPaused", seconds()), Map.of());
    }
}
