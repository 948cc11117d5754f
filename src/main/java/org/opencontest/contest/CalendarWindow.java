package org.opencontest.contest;

import java.io.Serializable;
import java.time.Instant;

import org.opencontest.shared.i18n.Localizable;

/**
 * A window another module adds to a contest's calendar feed beside the phases (see {@link ContestCalendarWindows}),
 * or the one event of an invitation ({@link ContestService#invitation}).
 *
 * @param key      stable within the contest (it makes the event's UID, so calendar apps update the event when it moves)
 * @param name     the window's name in the feed's language
 * @param location where it happens (a venue, an online link), or null
 */
public record CalendarWindow(String key, Localizable name, Instant opens, Instant closes, String location)
        implements Serializable {

    /** A window without a location (a submission stage). */
    public CalendarWindow(String key, Localizable name, Instant opens, Instant closes) {
        this(key, name, opens, closes, null);
    }
}
