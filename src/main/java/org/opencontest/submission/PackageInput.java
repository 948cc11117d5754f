package org.opencontest.submission;

import java.io.Serializable;

import org.opencontest.shared.i18n.LocalizedText;

/**
 * The editable description of a solution package; texts are bilingual, links are http(s) URLs.
 *
 * @param trackId  the contest track the solution enters, or null
 * @param datasets the contest datasets used, as the team names them (one per line)
 */
public record PackageInput(Long trackId, String titleEn, String titleZh, String abstractEn, String abstractZh,
                           String datasets, String demoLink, String repositoryLink, String videoLink)
        implements Serializable {

    public static final PackageInput EMPTY = new PackageInput(null, null, null, null, null, null, null, null, null);

    /** Both sides of the title; readers see {@link LocalizedText#in} in their own language. */
    public LocalizedText title() {
        return new LocalizedText(titleEn, titleZh);
    }
}
