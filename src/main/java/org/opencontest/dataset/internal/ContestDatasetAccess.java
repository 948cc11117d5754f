package org.opencontest.dataset.internal;

import java.io.Serializable;
import java.time.Instant;

import org.opencontest.dataset.AccessTier;
import org.opencontest.shared.i18n.LocalizedText;

/**
 * A dataset released to a contest, with what the current viewer may do with it, for the contest page.
 *
 * @param refusal        null when the viewer may download now, else what is missing
 * @param embargoedUntil when the first published release becomes public; null once one is public
 */
public record ContestDatasetAccess(long id, String slug, LocalizedText title, AccessTier tier, AccessRefusal refusal,
                                   Instant embargoedUntil) implements Serializable {

    public boolean embargoed() {
        return embargoedUntil != null;
    }
}
