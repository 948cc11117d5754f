package org.opencontest.integrity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.opencontest.integrity.ExpectedObject;
import org.opencontest.integrity.StoredObjectSource;
import org.opencontest.shared.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The integrity scrub: each run re-hashes a bounded batch of stored objects and records the results, alerting
 * admins when objects turned out changed or missing, then sweeps one page of the bucket for orphans. Re-hashes
 * that {@code /verify} queued come first; then the run continues through the sources (in name order, each in key
 * order) where the previous run stopped, so that over successive runs every object is re-hashed. Runs on one node
 * at a time (ShedLock); the position lives in {@code integrity_scrub_state}.
 */
@Component
public class IntegrityScrub {

    private static final Logger LOG = LoggerFactory.getLogger(IntegrityScrub.class);

    private final List<StoredObjectSource> sources;
    private final ObjectChecker checker;
    private final ObjectCheckRepository checks;
    private final ScrubStateRepository states;
    private final OrphanSweep orphans;
    private final AdminAlerts alerts;
    private final IntegrityProperties properties;
    private final Clock clock;

    IntegrityScrub(List<StoredObjectSource> sources, ObjectChecker checker, ObjectCheckRepository checks,
                   ScrubStateRepository states, OrphanSweep orphans, AdminAlerts alerts,
                   IntegrityProperties properties, Clock clock) {
        this.sources = sources.stream().sorted(Comparator.comparing(StoredObjectSource::name)).toList();
        this.checker = checker;
        this.checks = checks;
        this.states = states;
        this.orphans = orphans;
        this.alerts = alerts;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${opencontest.integrity.scrub-interval:PT5M}",
            initialDelayString = "${opencontest.integrity.scrub-interval:PT5M}")
    @SchedulerLock(name = "integrity.scrub", lockAtMostFor = "PT2H")
    public void runScheduled() {
        ScrubRun run = SystemIdentity.call(this::runOnce);
        if (run.rehashed() > 0 || run.orphansRemoved() > 0) {
            LOG.info("Integrity scrub: {} objects re-hashed, {} newly damaged, {} orphans removed", run.rehashed(),
                    run.newlyDamaged(), run.orphansRemoved());
        }
    }

    /** One batch: queued re-hashes, the next objects of the sources, one page of the orphan sweep. */
    public ScrubRun runOnce() {
        Instant started = clock.instant();
        ScrubState state = states.current();
        Batch batch = new Batch(properties.batchSize(), properties.batchBytes().toBytes());
        for (ObjectCheck queued : checks.findQueued(PageRequest.of(0, properties.batchSize()))) {
            batch.rehash(queued.getSource(), queued.expected());
        }
        boolean passCompleted = continueThroughSources(state, batch, started);
        int removed = orphans.sweep(state, started);
        state.ran(started);
        states.save(state);
        alerts.damagedObjectsFound(batch.newlyDamaged, started);
        return new ScrubRun(batch.rehashed, batch.newlyDamaged, removed, passCompleted,
                state.getOrphanAfterKey().isEmpty());
    }

    /** Re-hashes from the state's position until the batch is spent; true when the pass reached its end. */
    private boolean continueThroughSources(ScrubState state, Batch batch, Instant now) {
        int index = indexOf(state.getSource());
        String afterKey = index < 0 ? "" : state.getAfterKey();
        index = Math.max(index, 0);
        while (index < sources.size() && !batch.spent()) {
            StoredObjectSource source = sources.get(index);
            int asked = batch.objectsLeft();
            List<ExpectedObject> page = source.after(afterKey, asked);
            int done = 0;
            while (done < page.size() && !batch.spent()) {
                batch.rehash(source.name(), page.get(done));
                afterKey = page.get(done).key();
                done++;
            }
            boolean sourceFinished = done == page.size() && page.size() < asked;
            if (sourceFinished) {
                index++;
                afterKey = "";
            }
            state.continueAt(index < sources.size() ? sources.get(index).name() : "", afterKey);
        }
        if (index >= sources.size()) {
            state.passCompleted(now);
            return true;
        }
        return false;
    }

    private int indexOf(String sourceName) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).name().equals(sourceName)) {
                return i;
            }
        }
        return -1;
    }

    /** What one run may still do, and what it did. */
    private final class Batch {

        private int objectsLeft;
        private long bytesLeft;
        private int rehashed;
        private int newlyDamaged;

        Batch(int objects, long bytes) {
            this.objectsLeft = objects;
            this.bytesLeft = bytes;
        }

        void rehash(String source, ExpectedObject expected) {
            ObjectChecker.CheckResult result = checker.rehash(source, expected);
            objectsLeft--;
            bytesLeft -= expected.size() == null ? 0 : expected.size();
            rehashed++;
            newlyDamaged += result.newlyDamaged() ? 1 : 0;
        }

        int objectsLeft() {
            return objectsLeft;
        }

        boolean spent() {
            return objectsLeft <= 0 || bytesLeft <= 0;
        }
    }

    /**
     * What one run did.
     *
     * @param passCompleted       the run reached the end of the last source (the next run starts a new pass)
     * @param orphanPassCompleted the orphan sweep reached the end of the bucket
     */
    public record ScrubRun(int rehashed, int newlyDamaged, int orphansRemoved, boolean passCompleted,
                           boolean orphanPassCompleted) {
    }
}
