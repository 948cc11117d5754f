package org.opencontest.shared.scheduling;

import net.javacrumbs.shedlock.core.LockProvider;

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
}
