package org.opencontest.dataset;

import java.io.Serializable;

import org.opencontest.shared.i18n.LocalizedText;

/**
 * A dataset as another module names and links it: its id (the dataset module's), its slug and its title in both
 * languages (readers see {@link LocalizedText#in} in their own).
 */
public record DatasetChoice(long id, String slug, LocalizedText title) implements Serializable {

    /** The dataset's public page, relative to the application's root (the route {@code data/:slug}). */
    public String path() {
        return "data/" + slug;
    }
}
