package org.opencontest.dataset;

import java.io.Serializable;
import java.util.Set;

import org.opencontest.shared.i18n.LocalizedText;

/** A dataset released to a contest and the teams that took its files (team ids of the team module). */
public record DatasetUse(long datasetId, String slug, LocalizedText title, Set<Long> teamIds) implements Serializable {

    public DatasetUse {
        teamIds = Set.copyOf(teamIds);
    }
}
