package org.opencontest.dataset;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.opencontest.dataset.internal.ReleaseStatus;
import org.opencontest.shared.i18n.LocalizedText;

/**
 * A numbered release of a dataset with its files.
 *
 * @param latest        the newest release the viewer can see
 * @param embargoUntil  before this instant only the dataset's organisers see the release; null for none
 */
public record ReleaseView(long id, long version, int number, String label, LocalizedText changelog,
                          ReleaseStatus status, Instant publishedAt, Instant embargoUntil, boolean latest,
                          List<DataFileView> files) implements Serializable {

    public ReleaseView {
        files = List.copyOf(files);
    }

    public boolean isDraft() {
        return status == ReleaseStatus.DRAFT;
    }

    public boolean isEmbargoedAt(Instant now) {
        return embargoUntil != null && now.isBefore(embargoUntil);
    }
}
