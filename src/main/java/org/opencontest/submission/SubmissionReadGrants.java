package org.opencontest.submission;

/**
 * Lets another module grant the current user read access to a submitted version beyond the team and the contest's
 * organisers (judging: a judge assigned to it). Beans implementing it are asked after the module's own checks fail;
 * any "yes" grants reading the version and its files. The submission module does not know who implements it.
 */
public interface SubmissionReadGrants {

    /** May the current user read this version of the contest? */
    boolean mayRead(long contestId, long versionId);
}
