package org.opencontest.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.stereotype.Component;

/**
 * Test-only: tells when the asynchronous listeners of an event (Spring Modulith's event publication registry) are
 * done, so that a "nothing more happens" check asserts once instead of watching for a while. A publication is
 * stored with the event's transaction and marked complete only after its listener's transaction, which stores the
 * publications of the events the listener publishes in turn, has committed: once the publications of an event are
 * complete, everything it caused down the chain is stored or has a publication of its own. A plain component, so
 * the shared test context is not forked.
 */
@Component
public class EventPublications {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final JdbcTemplate jdbc;
    private final EventSerializer serializer;

    EventPublications(JdbcTemplate jdbc, EventSerializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /**
     * Waits until an event of this type that matches has been published (at least one, so that a predicate that
     * matches nothing cannot pass) and every listener of every such event has completed.
     */
    public <T> void awaitHandled(Class<T> type, Predicate<? super T> matching) {
        await().alias(type.getSimpleName() + " published and handled").atMost(PATIENCE).pollInSameThread()
                .until(() -> publications(type, matching),
                        found -> !found.isEmpty() && found.stream().allMatch(Publication::completed));
    }

    private <T> List<Publication<T>> publications(Class<T> type, Predicate<? super T> matching) {
        return jdbc.query("SELECT serialized_event, completion_date IS NOT NULL FROM event_publication"
                        + " WHERE event_type = ?",
                (row, number) -> new Publication<>(serializer.deserialize(row.getString(1), type), row.getBoolean(2)),
                type.getName()).stream().filter(publication -> matching.test(publication.event())).toList();
    }

    private record Publication<T>(T event, boolean completed) {
    }
}
