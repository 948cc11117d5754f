package org.opencontest.dataset.internal;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.opencontest.dataset.AccessTier;
import org.opencontest.dataset.DataTheme;
import org.opencontest.shared.i18n.LocalizedText;

/**
 * A dataset in the catalog or an organiser's list.
 *
 * @param latestRelease label of the newest release the viewer can see, or null
 * @param visible       the public can see the dataset now (a published release outside any embargo)
 */
public record DatasetSummary(long id, String slug, LocalizedText title, LocalizedText description,
                             String publisherName, DataTheme theme, LocalizedText localTheme, AccessTier accessTier,
                             List<String> formats, List<ContestRef> contests, String latestRelease, boolean visible,
                             Instant updatedAt) implements Serializable {

    public DatasetSummary {
        formats = List.copyOf(formats);
        contests = List.copyOf(contests);
    }
}
