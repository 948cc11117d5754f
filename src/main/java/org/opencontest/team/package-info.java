/**
 * Teams: registration in a contest, memberships, e-mail invitations, eligibility answers, approval, lock and
 * merge. Other modules learn who is in which team through {@link org.opencontest.team.TeamMemberships}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Team")
package org.opencontest.team;
