package org.opencontest.contest;

/**
 * Port for the module that knows teams and their work (submission implements it), so that the contest module can
 * tell an organiser whom a shorter timeline affects without depending on that module.
 */
public interface TimelineAudience {

    /** The teams of the contest that have not submitted yet; the caller manages the contest. */
    AffectedTeams affectedBy(long contestId);
}
