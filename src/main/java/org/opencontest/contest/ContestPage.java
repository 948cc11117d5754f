package org.opencontest.contest;

import org.opencontest.shared.i18n.LocalizedText;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

/**
 * A contest's public page. Description and rules arrive as sanitised HTML (rendered from the organiser's markdown),
 * never as raw input.
 */
public record ContestPage(long id, String slug, ContestStatus status, LocalizedText title, LocalizedText summary,
                          LocalizedText theme, LocalizedText descriptionHtml, LocalizedText rulesHtml,
                          RulesVersion rulesVersion, ZoneId zone,
                          int teamSizeMin, int teamSizeMax, List<Track> tracks, List<Prize> prizes,
                          Timeline timeline, String coverPath) implements Serializable {

    public boolean hasCover() {
        return coverPath != null;
    }

    public record Track(long id, LocalizedText name, LocalizedText description) implements Serializable {
    }

    /** {@code track} is null for an overall prize; {@code amount}/{@code currency} null when only described. */
    public record Prize(LocalizedText title, BigDecimal amount, String currency, LocalizedText description,
                        LocalizedText track) implements Serializable {
    }
}
