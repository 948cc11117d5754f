package org.opencontest.dataset.internal;

import java.io.Serializable;

import org.opencontest.dataset.AccessTier;
import org.opencontest.dataset.DataTheme;

/**
 * Catalog search: free text over titles, descriptions, keywords and publishers; every other criterion optional
 * (null = any).
 *
 * @param theme an EU theme code ({@link DataTheme#name()}) or a local theme as written in either language
 */
public record CatalogQuery(String text, String theme, String publisher, String format, Long contestId,
                           AccessTier tier) implements Serializable {

    public static final CatalogQuery ALL = new CatalogQuery(null, null, null, null, null, null);
}
