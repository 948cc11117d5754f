package org.opencontest.contest;

import java.io.Serializable;
import java.time.Instant;

import org.opencontest.shared.i18n.Localizable;

/**
 * A window another module adds to a contest's calendar feed beside the phases (see {@link ContestCalendarWindows}).
 *
 * @param key  stable within the contest (it makes the event's UID, so calendar apps update the event when it moves)
 * @param name the window's name in the feed's language
 */
public record CalendarWindow(String key, Localizable name, Instant opens, Instant closes) implements Serializable {
}
