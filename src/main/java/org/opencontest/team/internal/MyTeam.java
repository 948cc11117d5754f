package org.opencontest.team.internal;

import java.io.Serializable;

import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.team.TeamStatus;

/** One of the caller's teams, for the "My teams" list. */
public record MyTeam(long teamId, long contestId, String contestSlug, LocalizedText contestTitle, String teamName,
                     TeamStatus status, boolean leader, int memberCount, int teamSizeMin, int teamSizeMax,
                     boolean solo) implements Serializable {

    public boolean belowMinimum() {
        return !solo && memberCount < teamSizeMin;
    }
}
