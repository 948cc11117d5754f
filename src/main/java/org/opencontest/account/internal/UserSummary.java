package org.opencontest.account.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.opencontest.shared.security.Role;

/** A user as administrators see it; {@code version} guards concurrent edits of roles and the enabled flag. */
public record UserSummary(long id, long version, String email, String displayName, String organisation,
                          Set<Role> roles, boolean enabled, boolean emailVerified, Instant createdAt) {

    public UserSummary {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
