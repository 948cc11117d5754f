package org.opencontest.submission;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.opencontest.shared.i18n.LocalizedText;

/**
 * The editable description of a solution package; texts are bilingual, links are http(s) URLs.
 *
 * @param trackId    the contest track the solution enters, or null
 * @param datasetIds the contest's datasets the solution uses (ids of the dataset module), each once, ascending
 * @param otherData  other data used that is not one of the contest's datasets, as the team names it, or null
 */
public record PackageInput(Long trackId, String titleEn, String titleZh, String abstractEn, String abstractZh,
                           List<Long> datasetIds, String otherData, String demoLink, String repositoryLink,
                           String videoLink)
        implements Serializable {

    public static final PackageInput EMPTY = new PackageInput(null, null, null, null, null, List.of(), null, null, null,
            null);

    public PackageInput {
        datasetIds = datasetIds == null ? List.of() : datasetIds.stream().filter(java.util.Objects::nonNull).distinct().sorted().toList();
    }

    /** A description from its stored texts; a blank side becomes null, as validation leaves it (the API shows null). */
    public static PackageInput of(Long trackId, LocalizedText title, LocalizedText summary,
                                  Collection<Long> datasetIds, String otherData, String demoLink,
                                  String repositoryLink, String videoLink) {
        LocalizedText t = LocalizedText.orEmpty(title);
        LocalizedText s = LocalizedText.orEmpty(summary);
        return new PackageInput(trackId, nullIfEmpty(t.en()), nullIfEmpty(t.zh()), nullIfEmpty(s.en()),
                nullIfEmpty(s.zh()), List.copyOf(datasetIds), otherData, demoLink, repositoryLink, videoLink);
    }

    /** Both sides of the title; readers see {@link LocalizedText#in} in their own language. */
    public LocalizedText title() {
        return new LocalizedText(titleEn, titleZh);
    }

    /** Both sides of the abstract. */
    public LocalizedText summary() {
        return new LocalizedText(abstractEn, abstractZh);
    }

    private static String nullIfEmpty(String side) {
        return side.isEmpty() ? null : side;
    }
}
