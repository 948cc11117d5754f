package org.opencontest.submission;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.opencontest.contest.ContestPage;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.submission.internal.LatePolicy;
import org.opencontest.submission.internal.SubmissionRules;
import org.opencontest.submission.internal.SubmittedFile;

/**
 * The caller's team's package in a contest, as the submission page shows it.
 *
 * @param packageId   null until the team first saves or uploads
 * @param version     the package's optimistic-locking version to quote when saving the draft
 * @param opens       when the submission phase opens
 * @param deadline    the team's deadline: the phase's close, or the team's later extension
 * @param extended    whether {@code deadline} comes from an extension
 * @param closed      whether the server refuses an upload, save or submit begun now (deadline and grace passed
 *                    under {@link LatePolicy#REJECT}); the page says so up front instead of waiting for a refusal
 * @param requestKey  a fresh key for the next submit; repeating a submit with the same key is harmless
 */
public record PackageState(long contestId, String contestSlug, LocalizedText contestTitle, ZoneId contestZone,
                           List<ContestPage.Track> tracks, long teamId, String teamName,
                           Long packageId, long version, PackageInput input, List<SubmittedFile> files,
                           List<VersionSummary> versions, SubmissionRules rules, Instant opens, Instant deadline,
                           boolean extended, boolean closed, Duration grace, String requestKey) implements Serializable {

    public PackageState {
        files = List.copyOf(files);
        versions = List.copyOf(versions);
        tracks = List.copyOf(tracks);
    }

}
