package org.opencontest.shared.ui;

import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code opencontest_vaadin_sessions}: Vaadin sessions held in this node's heap. During a deadline surge it shows
 * whether closed browsers' sessions are let go (the session timeout and heartbeat settings, docs/operations.md).
 */
@Component
class VaadinSessionMetrics implements VaadinServiceInitListener {

    private final AtomicInteger sessions = new AtomicInteger();

    VaadinSessionMetrics(MeterRegistry registry) {
        Gauge.builder("opencontest.vaadin.sessions", sessions, AtomicInteger::get)
                .description("Vaadin sessions on this node").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(started -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(ended -> sessions.decrementAndGet());
    }
}
