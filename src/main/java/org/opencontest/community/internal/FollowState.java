package org.opencontest.community.internal;

/** What the contest page's follow button offers the viewer. */
public enum FollowState {
    /** Not signed in: the button asks them to sign in. */
    SIGNED_OUT,
    /** In one of the contest's teams: they hear everything as a member already, no button. */
    IN_TEAM,
    FOLLOWING,
    NOT_FOLLOWING
}
