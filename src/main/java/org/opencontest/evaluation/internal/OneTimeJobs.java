package org.opencontest.evaluation.internal;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;

import org.springframework.beans.factory.ObjectProvider;

/** Queues the module's db-scheduler jobs (scoring an entry, the intervals of a track), in the caller's transaction. */
final class OneTimeJobs {

    private OneTimeJobs() {
    }

    /**
     * A job of {@code task} for {@code id}, due now; nothing when one is queued for it already. False in an instance
     * started without scheduling (backup, restore): the job then waits for an instance that has it.
     */
    static boolean scheduleNow(ObjectProvider<SchedulerClient> scheduler, OneTimeTask<Void> task, long id,
                               Clock clock) {
        SchedulerClient client = scheduler.getIfAvailable();
        if (client == null) {
            return false;
        }
        client.scheduleIfNotExists(task.instance(Long.toString(id)), clock.instant());
        return true;
    }
}
