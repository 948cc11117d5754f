package org.opencontest.contest;

/** Lifecycle of a contest: organisers prepare a draft, publish it to visitors, and archive it when it is over. */
public enum ContestStatus {
    DRAFT, PUBLISHED, ARCHIVED;

    /** Visitors may see published and archived contests; drafts only their owner and administrators. */
    public boolean isPublic() {
        return this != DRAFT;
    }

    public String messageKey() {
        return "contest.status." + name();
    }
}
