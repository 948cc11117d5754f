package org.opencontest.team;

import java.io.Serializable;

/**
 * Filters of the organiser's team list; null or blank fields match everything.
 *
 * @param text       part of the team name or of a member's name or e-mail address
 * @param size       how the team's size stands against the contest's limits
 * @param questionId with {@code answer}: teams with at least one member who gave that answer to that question
 */
public record TeamQuery(String text, TeamStatus status, Long trackId, SizeFilter size, Long questionId,
                        String answer) implements Serializable {

    public static final TeamQuery ALL = new TeamQuery(null, null, null, null, null, null);

    public enum SizeFilter {
        /** Fewer members than the contest's minimum (solo entries never are). */
        BELOW_MINIMUM,
        /** At least the minimum, with seats left. */
        OPEN_SEATS,
        /** No seat left: the maximum reached, or a solo entry. */
        FULL;

        public String messageKey() {
            return "team.size." + name();
        }
    }
}
