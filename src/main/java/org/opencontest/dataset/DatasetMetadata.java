package org.opencontest.dataset;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.opencontest.shared.i18n.LocalizedText;

/**
 * A dataset's DCAT-AP style description, bilingual where it is text. Organisers edit it; pages and the DCAT export
 * show it.
 *
 * @param slug          the dataset's address, {@code /data/<slug>}; blank on creation derives it from the title
 * @param keywords      free keywords in any language
 * @param localTheme    a free local theme beside the EU one, e.g. 交通 / traffic
 * @param publisherType the nature of the publisher, or null when not stated
 * @param temporalStart first day the data covers, or null
 * @param spatial       the area covered, e.g. 上海市 / Shanghai
 * @param spatialUri    the same area as a GeoNames or EU place, country or continent IRI (what harvesters match on),
 *                      or blank
 * @param landingPage   the publisher's page about the data, or blank
 * @param contestIds    the contests the dataset is released to
 * @param terms         the terms users accept under {@link AccessTier#AGREEMENT}; a change asks everyone again
 */
public record DatasetMetadata(String slug, LocalizedText title, LocalizedText description, String publisherName,
                              String publisherUrl, String publisherEmail, PublisherType publisherType,
                              List<String> keywords, DataTheme theme, LocalizedText localTheme, Licence licence,
                              LocalDate temporalStart, LocalDate temporalEnd, LocalizedText spatial, String spatialUri,
                              UpdateFrequency frequency, String landingPage, Set<Long> contestIds,
                              AccessTier accessTier, LocalizedText terms)
        implements Serializable {

    public DatasetMetadata {
        slug = slug == null ? "" : slug.strip();
        title = LocalizedText.orEmpty(title);
        description = LocalizedText.orEmpty(description);
        publisherName = strip(publisherName);
        publisherUrl = strip(publisherUrl);
        publisherEmail = strip(publisherEmail);
        keywords = keywords == null ? List.of()
                : keywords.stream().map(String::strip).filter(k -> !k.isEmpty()).distinct().toList();
        localTheme = LocalizedText.orEmpty(localTheme);
        spatial = LocalizedText.orEmpty(spatial);
        spatialUri = strip(spatialUri);
        landingPage = strip(landingPage);
        contestIds = contestIds == null ? Set.of() : Set.copyOf(contestIds);
        terms = LocalizedText.orEmpty(terms);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
