package org.opencontest.vote.internal;

/** Where a vote stands at a moment: before its window, open, closed (window over or closed early), published. */
public enum PollState {
    SCHEDULED, OPEN, CLOSED, PUBLISHED;

    public String messageKey() {
        return "vote.state." + name();
    }
}
