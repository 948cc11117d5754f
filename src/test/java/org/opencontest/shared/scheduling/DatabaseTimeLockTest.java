package org.opencontest.shared.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The scheduler lock timed by the database clock works on H2 (the embedded default), on the schema Flyway builds
 * (all migrations, so this also checks they run on H2). PostgreSQL is covered by {@link DatabaseTimeLockIT}.
 */
class DatabaseTimeLockTest {

    @Test
    void locksOnceUntilReleasedOnH2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:shedlock-check;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();

        assertLocksExclusively(new SchedulingConfig().lockProvider(h2));
    }

    static void assertLocksExclusively(LockProvider locks) {
        LockConfiguration job = new LockConfiguration(Instant.now(), "lock-check-" + System.nanoTime(),
                Duration.ofMinutes(1), Duration.ZERO);

        Optional<SimpleLock> first = locks.lock(job);
        assertThat(first).as("first lock").isPresent();
        assertThat(locks.lock(job)).as("second lock while held").isEmpty();

        first.get().unlock();
        Optional<SimpleLock> again = locks.lock(job);
        assertThat(again).as("lock after release").isPresent();
        again.get().unlock();
    }
}
