package org.opencontest.shared.security;

import java.util.Optional;
import java.util.Set;

/**
 * The roles a signed-in person's account holds right now (implemented by the account module, which owns them). Read
 * on every request of a browser session so that a role granted or revoked applies without signing in again.
 */
public interface AccountRoles {

    /** @return the account's current roles, or empty when the principal has no account row (the system identity) */
    Optional<Set<Role>> current(AppPrincipal principal);
}
