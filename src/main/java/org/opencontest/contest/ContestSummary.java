package org.opencontest.contest;

import org.opencontest.shared.i18n.LocalizedText;
import java.io.Serializable;
import java.time.ZoneId;

/** A contest in a list or a card: enough to show title, summary, cover, status and where it stands in time. */
public record ContestSummary(long id, String slug, ContestStatus status, LocalizedText title, LocalizedText summary,
                             LocalizedText theme, ZoneId zone, Timeline timeline, String coverPath)
        implements Serializable {

    public boolean hasCover() {
        return coverPath != null;
    }
}
