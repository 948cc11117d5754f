package org.opencontest.team;

import java.io.Serializable;
import java.util.Locale;

/** A member of a team with what it takes to write to them in their language. */
public record TeamMember(long userId, String displayName, String email, Locale locale, boolean leader)
        implements Serializable {
}
