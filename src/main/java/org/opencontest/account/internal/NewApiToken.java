package org.opencontest.account.internal;

import java.util.EnumSet;
import java.util.Set;

import org.opencontest.shared.security.ApiScope;

/**
 * A token to create: a name that reminds the owner where it is used, what it may do, and how many days it stays
 * valid (the profile page offers 7, 30, 90 and 365; at most 365).
 */
public record NewApiToken(String name, Set<ApiScope> scopes, int validDays) {

    public NewApiToken {
        scopes = scopes == null || scopes.isEmpty() ? EnumSet.noneOf(ApiScope.class) : EnumSet.copyOf(scopes);
    }
}
