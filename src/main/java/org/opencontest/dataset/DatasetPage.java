package org.opencontest.dataset;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.opencontest.dataset.internal.ContestRef;
import org.opencontest.dataset.internal.ViewerAccess;

/**
 * A dataset as its page shows it to the current viewer: only the releases they may see (organisers also see drafts
 * and embargoed releases), and what they may do.
 *
 * @param manageable the viewer organises the dataset
 */
public record DatasetPage(long id, long version, DatasetMetadata metadata, int termsVersion, List<ContestRef> contests,
                          List<ReleaseView> releases, ViewerAccess access, boolean manageable, Instant updatedAt)
        implements Serializable {

    public DatasetPage {
        contests = List.copyOf(contests);
        releases = List.copyOf(releases);
    }

    public Optional<ReleaseView> latest() {
        return releases.stream().filter(ReleaseView::latest).findFirst();
    }
}
