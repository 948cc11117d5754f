package org.opencontest.notification.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;

import com.vaadin.flow.shared.Registration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the open pages of a user (their bells) the new unread count, the broadcaster pattern of Vaadin's server push
 * documentation keyed by user. It reaches the pages of this node only: a page served by another node of a cluster
 * shows the new count at its next navigation.
 */
@Component
public class UnreadCountBroadcaster {

    private static final Logger LOG = LoggerFactory.getLogger(UnreadCountBroadcaster.class);

    private final Map<Long, Set<LongConsumer>> listeners = new ConcurrentHashMap<>();

    /** {@code listener} gets every new count of the user; it runs on the publishing thread, so use UI.access. */
    public Registration register(long userId, LongConsumer listener) {
        listeners.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> listeners.computeIfPresent(userId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** Announces the count once the current transaction commits (at once without one), never a count rolled back. */
    void announceAfterCommit(long userId, long unread) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            announce(userId, unread);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                announce(userId, unread);
            }
        });
    }

    private void announce(long userId, long unread) {
        for (LongConsumer listener : listeners.getOrDefault(userId, Set.of())) {
            try {
                listener.accept(unread);
            } catch (RuntimeException e) {
                LOG.debug("A closed page missed the unread count", e);
            }
        }
    }
}
