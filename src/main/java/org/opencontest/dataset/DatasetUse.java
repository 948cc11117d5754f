package org.opencontest.dataset;

import java.io.Serializable;
import java.util.Set;

import org.opencontest.shared.i18n.LocalizedText;

/**
 * A dataset released to a contest, the teams that took its files (team ids of the team module), and the data-quality
 * feedback it got: issues reported by anyone, and those fixed by a published release.
 */
public record DatasetUse(long datasetId, String slug, LocalizedText title, Set<Long> teamIds, int issuesReported,
                         int issuesFixed) implements Serializable {

    public DatasetUse {
        teamIds = Set.copyOf(teamIds);
    }
}
