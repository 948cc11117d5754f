package org.opencontest.team;

/**
 * Published (inside the merging transaction) when one team was merged into another: the absorbed team's members
 * now belong to the surviving team and the absorbed team no longer exists. Modules that keep data per team (e.g.
 * submissions) move it over to the surviving team.
 */
public record TeamsMerged(long contestId, long survivingTeamId, long absorbedTeamId) {
}
