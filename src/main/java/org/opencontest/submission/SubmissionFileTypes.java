package org.opencontest.submission;

import java.util.Set;

/**
 * Widens the file types a contest accepts, for callers outside the module that act as one of its organisers (the
 * demo data sets up an evaluated track, whose teams submit CSV files). Anyone who does not manage the contest gets
 * {@code NotFoundException}.
 */
public interface SubmissionFileTypes {

    /** Adds these sniffed media types (e.g. {@code text/csv}) to the contest's accepted ones; the rest stays. */
    void allow(long contestId, Set<String> mediaTypes);
}
