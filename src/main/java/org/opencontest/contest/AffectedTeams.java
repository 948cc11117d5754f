package org.opencontest.contest;

import java.io.Serializable;

/**
 * Teams a shorter registration or submission phase takes time from: approved teams with no submitted version yet,
 * and how many of them have a draft in progress.
 */
public record AffectedTeams(long notSubmitted, long withDraft) implements Serializable {

    public static final AffectedTeams NONE = new AffectedTeams(0, 0);
}
