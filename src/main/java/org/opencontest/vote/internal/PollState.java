package org.opencontest.vote.internal;

/**
 * Where a vote stands at a moment: before its window, open, closed (window over or closed early), published. A planned
 * vote waits without entries ({@code PLANNED}) until its window starts and the scheduled job takes them; it ends
 * {@code CANCELLED} by its organiser before that, or {@code NOT_OPENED} when there was nothing to take.
 */
public enum PollState {
    SCHEDULED, OPEN, CLOSED, PUBLISHED, PLANNED, CANCELLED, NOT_OPENED;

    public String messageKey() {
        return "vote.state." + name();
    }
}
