package org.endorse.security;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.endorse.system.EngineClock;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Where {@link LoginThrottle} keeps its counts: one bucket per key, made with its configuration when first used. */
interface ThrottleBuckets {

    Bucket bucket(String key, BucketConfiguration configuration);

    /** The engine's clock, in Bucket4j's terms: tests that move the engine's time move the pauses with it. */
    private static TimeMeter engineTime(EngineClock clock) {
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

    /**
     * In this node's memory, for H2, which runs one node. Buckets not used for a day are forgotten (a full one is
     * as good as none), and there are never more than 100,000, so that names made up by the million fill no memory.
     */
    @Component
    @Profile("!postgres")
    class InMemory implements ThrottleBuckets {

        private final Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofDays(1))
                .maximumSize(100_000).build();
        private final EngineClock clock;

        InMemory(EngineClock clock) {
            this.clock = clock;
        }

        @Override
        public Bucket bucket(String key, BucketConfiguration configuration) {
            return buckets.get(key, unused -> Bucket.builder()
                    .addLimit(configuration.getBandwidths()[0])
                    .withCustomTimePrecision(engineTime(clock)).build());
        }
    }

    /**
     * In PostgreSQL (the table login_throttle, db/postgresql), shared by every node. A bucket's row expires once
     * it is full again; expired rows are removed at most every ten minutes, by whichever node next counts an
     * attempt.
     */
    @Component
    @Profile("postgres")
    class InPostgres implements ThrottleBuckets {

        private static final long CLEAN_EVERY_MILLIS = Duration.ofMinutes(10).toMillis();

        private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
        private final AtomicLong lastCleaned = new AtomicLong();

        InPostgres(DataSource dataSource, EngineClock clock) {
            this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                    .primaryKeyMapper(PrimaryKeyMapper.STRING)
                    .table("login_throttle").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                            Duration.ofMinutes(1)))
                    .clientClock(engineTime(clock))
                    .build();
        }

        @Override
        public Bucket bucket(String key, BucketConfiguration configuration) {
            long now = System.currentTimeMillis();
            long last = lastCleaned.get();
            if (now - last > CLEAN_EVERY_MILLIS && lastCleaned.compareAndSet(last, now)) {
                buckets.removeExpired(10_000);
            }
            return buckets.builder().build(key, () -> configuration);
        }
    }
}
