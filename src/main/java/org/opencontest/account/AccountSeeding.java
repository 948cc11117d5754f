package org.opencontest.account;

import org.opencontest.shared.security.Role;

/**
 * Creates ready-made accounts for the demo data of the embedded mode: verified at once and holding a role, without
 * the sign-up mail and its checks. Callers are trusted code running as the system identity (an administrator).
 */
public interface AccountSeeding {

    /**
     * Creates a verified account with the request's details, password and role, unless the address has one already
     * (then nothing changes).
     *
     * @return whether an account was created
     */
    boolean createVerified(SignUpRequest account, Role role);
}
