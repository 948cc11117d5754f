package org.opencontest.team;

import java.io.Serializable;

/**
 * A new team as the registering participant describes it.
 *
 * @param trackId the contest track entered, or null (required when the contest has tracks)
 * @param solo    enter alone as a team of one, where the organiser allows it; such a team takes no members
 */
public record TeamRegistration(String name, String description, Long trackId, boolean solo) implements Serializable {
}
