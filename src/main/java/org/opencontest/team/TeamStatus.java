package org.opencontest.team;

/** Where a team stands with the organiser. Only approved teams take part in submission and judging. */
public enum TeamStatus {
    PENDING, APPROVED, REJECTED, DISQUALIFIED;

    public String messageKey() {
        return "team.status." + name();
    }
}
