package org.opencontest.submission;

import org.opencontest.submission.internal.SubmissionReading;

/**
 * One submitted version, for other modules (an award names the version it goes to). Implemented by
 * {@link SubmissionReading}, which checks the caller: the version's team and the contest's organisers read it.
 */
public interface SubmittedVersions {

    /** The version with its description, files and receipt; {@code NotFoundException} for anyone else. */
    VersionDetail version(long versionId);
}
