package org.opencontest.submission;

import java.util.List;
import java.util.Map;

import org.opencontest.submission.internal.SubmissionAdministration;

/**
 * A contest's submissions as its organisers see them, for other modules (judging takes the final versions into its
 * first round and names the teams; the results desk and incubation choose among the final versions). Implemented by
 * {@link SubmissionAdministration}, which checks that the caller manages the contest; anyone else gets
 * {@code NotFoundException}.
 */
public interface ContestSubmissions {

    /** Teams of the contest that have a submission package, by id. */
    Map<Long, String> teamNames(long contestId);

    /** One page of the overview, newest versions of each team first. */
    List<VersionSummary> overview(long contestId, SubmissionFilter filter, int offset, int limit);

    long count(long contestId, SubmissionFilter filter);

    /** Every team's final version with its description, by version id. */
    List<FinalVersion> finalVersions(long contestId);
}
