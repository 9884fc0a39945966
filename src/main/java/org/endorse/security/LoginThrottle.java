package org.endorse.security;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

import org.endorse.system.LogText;
import org.endorse.system.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords pause sign-in, counted by where the attempts come from (the client's address) and the user name
 * they try, together: a stranger who guesses a contact point's password pauses only their own attempts at that
 * name, never the contact point's own sign-in from elsewhere during an objection window. A source that tries many
 * names is paused for all of them. Unknown names count exactly as known ones, and a paused attempt is not checked
 * at all, so that neither the pause nor its message tells whether a name exists or a password was right. Each
 * pause ends by itself as the attempts refill.
 *
 * <p>A right password costs nothing, but while a password is being checked its attempt is counted as if it were
 * wrong: a name with three attempts left is checked at most three at a time on a node, further attempts waiting
 * for those to end. So attempts sent all at once are checked no more than one after another would be, and a
 * client that sends many requests at once with the right password waits a moment at most, never paused.
 *
 * <p>The counts are Bucket4j buckets ({@link ThrottleBuckets}): in memory on H2, which runs one node, and in
 * PostgreSQL under the postgres profile, so that every node of a cluster counts the same attempts. They run on
 * the engine's clock, like every deadline of Endorse.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    /** How long an attempt waits for those being checked before it, at most, before it is told to try later. */
    private static final long LONGEST_WAIT_MILLIS = 10_000;

    private final ThrottleBuckets buckets;
    private final BucketConfiguration perName;
    private final BucketConfiguration perSource;
    /** The attempts being checked on this node now, by count; forgotten once no attempt holds them. */
    private final Cache<String, InFlight> checking = Caffeine.newBuilder().weakValues().build();

    LoginThrottle(ThrottleBuckets buckets,
            @Value("${endorse.login.attempts-per-name:5}") int attemptsPerName,
            @Value("${endorse.login.attempts-per-name-period:PT5M}") Duration perNamePeriod,
            @Value("${endorse.login.attempts-per-source:50}") int attemptsPerSource,
            @Value("${endorse.login.attempts-per-source-period:PT1H}") Duration perSourcePeriod) {
        this.buckets = buckets;
        this.perName = configuration(attemptsPerName, perNamePeriod);
        this.perSource = configuration(attemptsPerSource, perSourcePeriod);
    }

    /** So many wrong attempts at once, then one more each time the period has given one back. */
    private static BucketConfiguration configuration(int attempts, Duration period) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(attempts).refillGreedy(attempts, period).build()).build();
    }

    /**
     * An attempt to sign in with this name from this source: paused, and not to be checked at all, if no attempt
     * is left; else counted as being checked until the caller says how it ended.
     */
    public Attempt attempt(String source, String userName) {
        String from = Sources.grouped(source);
        Count byName = count(nameKey(from, userName), perName);
        Optional<Duration> pause = byName.take();
        if (pause.isPresent()) {
            return new Attempt(pause.get(), from, userName, null, null);
        }
        Count byAddress = count(sourceKey(from), perSource);
        pause = byAddress.take();
        if (pause.isPresent()) {
            byName.giveBack(false);
            return new Attempt(pause.get(), from, userName, null, null);
        }
        return new Attempt(null, from, userName, byName, byAddress);
    }

    /** A password checked as an attempt: not at all while paused. */
    public record Checked(Optional<Duration> pausedFor, boolean right) {
    }

    /** Checks a password with this name from this source as one attempt, unless attempts are paused. */
    public Checked check(String source, String userName, BooleanSupplier passwordIsRight) {
        Attempt attempt = attempt(source, userName);
        if (attempt.pausedFor().isPresent()) {
            return new Checked(attempt.pausedFor(), false);
        }
        boolean right = false;
        try {
            right = passwordIsRight.getAsBoolean();
        } finally {
            attempt.ended(right);
        }
        return new Checked(Optional.empty(), right);
    }

    private Count count(String key, BucketConfiguration configuration) {
        return new Count(key, buckets.bucket(key, configuration), checking.get(key, unused -> new InFlight()));
    }

    /** One attempt: paused (and so not to be checked), or being checked until it succeeds or fails. */
    public final class Attempt {

        private final Duration pause;
        private final String source;
        private final String userName;
        private final Count byName;
        private final Count byAddress;
        private boolean ended;

        private Attempt(Duration pause, String source, String userName, Count byName, Count byAddress) {
            this.pause = pause;
            this.source = source;
            this.userName = userName;
            this.byName = byName;
            this.byAddress = byAddress;
        }

        public Optional<Duration> pausedFor() {
            return Optional.ofNullable(pause);
        }

        /**
         * The password was checked: right, the attempt counts for nothing; wrong (or a name nobody has), one attempt
         * fewer at this name from there, and from there.
         */
        public void ended(boolean right) {
            if (pause != null || ended) {
                return;
            }
            boolean wrong = !right;
            ended = true;
            boolean nameSpent = byName.giveBack(wrong);
            boolean addressSpent = byAddress.giveBack(wrong);
            if (nameSpent || addressSpent) {
                log.info("Sign-in as {} from {} is paused: too many wrong passwords {}", LogText.escaped(userName),
                        source, nameSpent ? "for this name from there" : "from there");
            }
        }
    }

    /** How many attempts of one key this node is checking now. */
    private static final class InFlight {
        private int checking;
    }

    /** The attempts left of one key: its bucket, less those being checked on this node. */
    private record Count(String key, Bucket bucket, InFlight inFlight) {

        /** Counts one more attempt as being checked, waiting for those before it if need be; or says the pause. */
        Optional<Duration> take() {
            long deadline = System.currentTimeMillis() + LONGEST_WAIT_MILLIS;
            synchronized (inFlight) {
                while (true) {
                    long left = bucket.getAvailableTokens() - inFlight.checking;
                    if (left > 0) {
                        inFlight.checking++;
                        return Optional.empty();
                    }
                    long stillToWait = deadline - System.currentTimeMillis();
                    if (inFlight.checking == 0 || stillToWait <= 0) {
                        long refill = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
                        return Optional.of(Duration.ofNanos(Math.max(refill, TimeUnit.SECONDS.toNanos(1))));
                    }
                    try {
                        inFlight.wait(stillToWait);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return Optional.of(Duration.ofSeconds(1));
                    }
                }
            }
        }

        /** The attempt is no longer being checked; a wrong one is taken from the bucket. Whether it is now empty. */
        boolean giveBack(boolean wrong) {
            synchronized (inFlight) {
                try {
                    return wrong && bucket.tryConsumeAndReturnRemaining(1).getRemainingTokens() == 0;
                } finally {
                    inFlight.checking--;
                    inFlight.notifyAll();
                }
            }
        }
    }

    /** Names are counted as users type them, whatever their case or length, by a digest of fixed size. */
    private static String nameKey(String source, String userName) {
        return "name:" + source + ":" + Sha256.hex(userName.strip().toLowerCase(Locale.ROOT));
    }

    private static String sourceKey(String source) {
        return "source:" + source;
    }
}
