package org.opencontest.community.internal.qa;

import org.opencontest.contest.ContestPage;

/** The board's contest and what the caller may do: post (signed in) and moderate (its organisers, admins). */
public record BoardHeader(ContestPage contest, boolean canPost, boolean moderator) {
}
