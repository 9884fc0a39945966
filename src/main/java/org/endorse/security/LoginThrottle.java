package org.endorse.security;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import org.endorse.system.EngineClock;
import org.endorse.system.LogText;
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
 * attempt is taken from the counts before its password is checked, and given back if the password was right: so
 * many attempts sent at once are checked no more than one after another would be. Each pause ends by itself as
 * the attempts refill.
 *
 * <p>The counts are Bucket4j buckets ({@link ThrottleBuckets}): in memory on H2, which runs one node, and in
 * PostgreSQL under the postgres profile, so that every node of a cluster counts the same attempts. They run on
 * the engine's clock, like every deadline of Endorse.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final ThrottleBuckets buckets;
    private final BucketConfiguration perName;
    private final BucketConfiguration perSource;

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
     * An attempt to sign in with this name from this source, taken from the counts before its password is
     * checked; paused, and not to be checked at all, if no attempt is left.
     */
    public Attempt attempt(String source, String userName) {
        String from = Sources.grouped(source);
        Bucket name = buckets.bucket(nameKey(from, userName), perName);
        Bucket address = buckets.bucket(sourceKey(from), perSource);
        ConsumptionProbe byName = name.tryConsumeAndReturnRemaining(1);
        if (!byName.isConsumed()) {
            return new Attempt(Duration.ofNanos(byName.getNanosToWaitForRefill()), List.of());
        }
        ConsumptionProbe byAddress = address.tryConsumeAndReturnRemaining(1);
        if (!byAddress.isConsumed()) {
            name.addTokens(1);
            return new Attempt(Duration.ofNanos(byAddress.getNanosToWaitForRefill()), List.of());
        }
        if (byName.getRemainingTokens() == 0 || byAddress.getRemainingTokens() == 0) {
            log.info("Sign-in as {} from {} is paused after this attempt, if it is wrong: too many wrong passwords {}",
                    LogText.escaped(userName), from, byName.getRemainingTokens() == 0 ? "for this name from there"
                            : "from there");
        }
        return new Attempt(null, List.of(name, address));
    }

    /** One attempt: paused (and so not to be checked), or taken, to be given back if its password was right. */
    public static final class Attempt {

        private final Duration pause;
        private final List<Bucket> takenFrom;

        private Attempt(Duration pause, List<Bucket> takenFrom) {
            this.pause = pause;
            this.takenFrom = takenFrom;
        }

        public Optional<Duration> pausedFor() {
            return Optional.ofNullable(pause);
        }

        /** The password was right: the attempt counts for nothing. */
        public void succeeded() {
            takenFrom.forEach(bucket -> bucket.addTokens(1));
        }
    }

    /** Names are counted as users type them, whatever their case or length, by a digest of fixed size. */
    private static String nameKey(String source, String userName) {
        return "name:" + source + ":" + Sha256.hex(userName.strip().toLowerCase(Locale.ROOT));
    }

    private static String sourceKey(String source) {
        return "source:" + source;
    }

    /** The engine's clock, in Bucket4j's terms: tests that move the engine's time move the pauses with it. */
    static TimeMeter engineTime(EngineClock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }
}
