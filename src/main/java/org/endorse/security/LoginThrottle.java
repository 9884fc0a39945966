package org.endorse.security;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.EstimationProbe;
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
 * pause ends by itself as the attempts refill; a right password costs nothing.
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

    /** How long sign-in is paused for this name from this source, if it is. */
    public Optional<Duration> pausedFor(String source, String userName) {
        long waitNanos = Math.max(wait(buckets.bucket(nameKey(source, userName), perName)),
                wait(buckets.bucket(sourceKey(source), perSource)));
        return waitNanos == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(waitNanos));
    }

    private static long wait(Bucket bucket) {
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
    }

    /** A wrong password, or an unknown name, tried from this source. */
    public void failed(String source, String userName) {
        boolean namePaused = !buckets.bucket(nameKey(source, userName), perName).tryConsume(1);
        boolean sourcePaused = !buckets.bucket(sourceKey(source), perSource).tryConsume(1);
        if (namePaused || sourcePaused) {
            log.info("Sign-in as {} from {} is paused: too many wrong passwords {}", LogText.escaped(userName),
                    source, namePaused ? "for this name from there" : "from there");
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
