package org.opencontest.judging;

import java.util.Set;

/**
 * A judge as the organiser invites or edits them.
 *
 * @param expertise ids of the contest's tracks the judge knows best (empty: a generalist)
 * @param maxLoad   the most entries the judge is asked to score in a round
 */
public record JudgeInput(String email, String displayName, String organisation, Set<Long> expertise, int maxLoad) {

    public JudgeInput {
        expertise = expertise == null ? Set.of() : Set.copyOf(expertise);
    }
}
