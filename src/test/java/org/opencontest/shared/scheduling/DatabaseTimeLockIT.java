package org.opencontest.shared.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

import org.junit.jupiter.api.Test;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The application's scheduler lock (database time) on PostgreSQL. */
class DatabaseTimeLockIT extends IntegrationTest {

    @Autowired
    private LockProvider locks;

    @Test
    void locksOnceUntilReleasedOnPostgres() {
        DatabaseTimeLockTest.assertLocksExclusively(locks);
    }

    /**
     * A node takes a job's lock and dies without releasing it: the other nodes skip the job until
     * {@code lockAtMostFor} has passed, then one of them takes over. The lock is timed by the database's clock (so
     * drifting nodes agree), which a test cannot move: the lease here is two seconds of real time. Another node
     * tries until it gets the lock, which must not be before the lease has run out.
     */
    @Test
    void aLockHeldByADeadNodeExpiresAndAnotherNodeTakesOver() {
        String job = "dead-node-check-" + System.nanoTime();
        Duration lease = Duration.ofSeconds(2);
        long beforeTheLock = System.nanoTime();

        Optional<SimpleLock> deadNodes = locks.lock(new LockConfiguration(Instant.now(), job, lease, Duration.ZERO));
        assertThat(deadNodes).as("the first node's lock").isPresent();
        assertThat(locks.lock(new LockConfiguration(Instant.now(), job, lease, Duration.ZERO)))
                .as("another node while the lease runs").isEmpty();

        SimpleLock takenOver = await().atMost(lease.plusSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> locks.lock(new LockConfiguration(Instant.now(), job, lease, Duration.ZERO)),
                        Optional::isPresent).orElseThrow();
        assertThat(Duration.ofNanos(System.nanoTime() - beforeTheLock)).as("another node got the lock after")
                .isGreaterThanOrEqualTo(lease);
        takenOver.unlock();
    }
}
