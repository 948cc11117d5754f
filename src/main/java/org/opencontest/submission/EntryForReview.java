package org.opencontest.submission;

import java.io.Serializable;
import java.util.List;

/**
 * A submitted version as a reviewer reads it: the description and the files. It never carries the team's id,
 * members or receipt; when sealed, {@code teamName} is null and the files are listed under neutral names.
 */
public record EntryForReview(long versionId, PackageInput description, String teamName, List<File> files)
        implements Serializable {

    public EntryForReview {
        files = List.copyOf(files);
    }

    /** A file; its bytes come through {@link SubmissionReviews#fileLink}, downloaded under {@code name}. */
    public record File(long fileId, String name, long size, String mediaType) implements Serializable {
    }
}
