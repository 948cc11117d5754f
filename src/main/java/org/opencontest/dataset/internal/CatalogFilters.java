package org.opencontest.dataset.internal;

import java.io.Serializable;
import java.util.List;

import org.opencontest.dataset.DataTheme;
import org.opencontest.shared.i18n.LocalizedText;

/** The choices the catalog's filters offer: only values that occur in the public catalog. */
public record CatalogFilters(List<ThemeChoice> themes, List<String> publishers, List<String> formats,
                             List<ContestRef> contests) implements Serializable {

    /**
     * @param value what {@link CatalogQuery#theme()} takes
     * @param eu    the EU theme, or null for a local theme named by {@code label}
     */
    public record ThemeChoice(String value, DataTheme eu, LocalizedText label) implements Serializable {
    }
}
