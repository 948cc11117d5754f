package org.opencontest.contest;

import java.io.Serializable;

/**
 * What an organiser says when changing the timeline of a published contest: the reason teams and visitors read
 * under "Changes" (required when the change shortens a phase), and whether they confirmed closing a phase at a
 * moment that has already passed.
 */
public record TimelineChangeNote(String reason, boolean closingInThePastConfirmed) implements Serializable {

    public static final TimelineChangeNote NONE = new TimelineChangeNote(null, false);

    public TimelineChangeNote {
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public static TimelineChangeNote because(String reason) {
        return new TimelineChangeNote(reason, false);
    }

    /** A reason and the confirmation that a phase closes at once, its new end being past already. */
    public static TimelineChangeNote closingNow(String reason) {
        return new TimelineChangeNote(reason, true);
    }
}
