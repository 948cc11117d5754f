package org.opencontest.integrity.internal;

import java.time.Instant;
import java.util.List;

import org.opencontest.integrity.StoredObjectSource;
import org.opencontest.storage.ListedObject;
import org.opencontest.storage.ObjectStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Removes orphan objects: older than the grace period, under a key shape a module owns, and pointed to by none of
 * that module's rows. Objects under a key shape no module claims are never touched (a module that forgot to
 * contribute its source loses nothing). Part of the scrub's run, one listing page at a time.
 */
@Component
class OrphanSweep {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanSweep.class);

    private final ObjectStorage storage;
    private final List<StoredObjectSource> sources;
    private final OrphanRemovalRepository removals;
    private final IntegrityProperties properties;

    OrphanSweep(ObjectStorage storage, List<StoredObjectSource> sources, OrphanRemovalRepository removals,
                IntegrityProperties properties) {
        this.storage = storage;
        this.sources = sources;
        this.removals = removals;
        this.properties = properties;
    }

    /**
     * Sweeps the next page of the bucket after the state's position; returns how many objects it removed. At the
     * start of each pass it also aborts multipart uploads older than the grace period (a store or node that died
     * mid-upload leaves its parts behind, which no listing of objects shows).
     */
    int sweep(ScrubState state, Instant now) {
        Instant youngest = now.minus(properties.orphanGrace());
        if (state.getOrphanAfterKey().isEmpty()) {
            int aborted = storage.abortStaleUploads(youngest);
            if (aborted > 0) {
                LOG.info("Aborted {} incomplete multipart uploads started before {}", aborted, youngest);
            }
        }
        List<ListedObject> listed = storage.list(state.getOrphanAfterKey(), properties.orphanBatchSize());
        int removed = 0;
        for (ListedObject object : listed) {
            if (object.lastModified().isBefore(youngest) && isOrphan(object.key())) {
                storage.delete(object.key());
                removals.save(new OrphanRemovalRecord(object, now));
                LOG.info("Removed orphan object {} (last modified {}, no row points to it)", object.key(),
                        object.lastModified());
                removed++;
            }
        }
        boolean endOfBucket = listed.size() < properties.orphanBatchSize();
        state.continueOrphansAfter(endOfBucket ? "" : listed.get(listed.size() - 1).key());
        return removed;
    }

    private boolean isOrphan(String key) {
        return sources.stream().filter(source -> source.owns(key)).findFirst()
                .map(owner -> !owner.references(key))
                .orElse(false);
    }
}
