package org.opencontest.dataset.internal;

import java.io.Serializable;

import org.opencontest.shared.i18n.LocalizedText;

/** A contest a dataset is released to, as pages link it. */
public record ContestRef(long id, String slug, LocalizedText title) implements Serializable {
}
