package org.opencontest.submission;

import java.time.Instant;
import java.util.List;

/**
 * A team submitted a new version (published in the submit's transaction). The receipt mail goes out on it; the
 * evaluation module queues the version's prediction file for scoring when its track is evaluated.
 *
 * @param trackId the track the version entered, or null
 * @param late    accepted after the deadline under the late policy
 * @param files   the version's files in their order
 */
public record VersionSubmitted(long versionId, long contestId, long teamId, String teamName, Long trackId,
                               int number, Instant submittedAt, boolean late, List<File> files) {

    public VersionSubmitted {
        files = List.copyOf(files);
    }

    /** One submitted file: its listed name and where its bytes are in the object store. */
    public record File(String name, String objectKey, long size) {
    }
}
