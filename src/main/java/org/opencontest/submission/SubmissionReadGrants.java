package org.opencontest.submission;

/**
 * Lets another module admit the current user as a reviewer of a submitted version (judging: a judge assigned to it,
 * sealed in a blind round). Reviewers read only through {@link SubmissionReviews}, never through the team's own
 * views and API. The submission module does not know who implements it; the widest answer of all beans counts.
 */
public interface SubmissionReadGrants {

    /** How the current user may review this version of the contest. */
    ReviewAccess access(long contestId, long versionId);
}
