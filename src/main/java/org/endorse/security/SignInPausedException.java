package org.endorse.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** An attempt to sign in while attempts at its name from its source are paused; its password was not checked. */
class SignInPausedException extends AuthenticationException {

    private final Duration pause;

    SignInPausedException(Duration pause) {
        super("Sign-in is paused for " + pause.toSeconds() + " seconds");
        this.pause = pause;
    }

    /** Whole seconds, rounded up, so that trying again after them succeeds. */
    long seconds() {
        return Math.max(1, (pause.toMillis() + 999) / 1000);
    }
}
