package org.opencontest.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The tests' application clock: real time plus an offset that a test moves forward instead of waiting for time to
 * pass ({@link #advance}). It keeps ticking, unlike threeten-extra's {@code MutableClock} (which stands still until
 * set): the tests sharing the context rely on time moving (the order of versions, audit entries and mails, claim
 * leases), and S3 and the database keep real time anyway. Views from {@link #withZone} move with it.
 */
public final class MovableClock extends Clock {

    private final AtomicReference<Duration> offset;
    private final ZoneId zone;

    private MovableClock(AtomicReference<Duration> offset, ZoneId zone) {
        this.offset = offset;
        this.zone = zone;
    }

    /** The clock bean of the test contexts, at real time until a test moves it. */
    public static MovableClock realTime() {
        return new MovableClock(new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
    }

    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("time only moves forward: " + by);
        }
        offset.accumulateAndGet(by, Duration::plus);
    }

    /** Back to real time, between tests, so that what one test moved never leaks into the next. */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MovableClock(offset, other);
    }
}
