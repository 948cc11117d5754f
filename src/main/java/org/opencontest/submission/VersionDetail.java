package org.opencontest.submission;

import java.io.Serializable;
import java.util.List;
import org.opencontest.submission.internal.Receipt;
import org.opencontest.submission.internal.SubmittedFile;

/** One version with its metadata, its files and its signed receipt. */
public record VersionDetail(VersionSummary summary, PackageInput input, List<SubmittedFile> files, Receipt receipt)
        implements Serializable {

    public VersionDetail {
        files = List.copyOf(files);
    }
}
