package org.opencontest.account.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.opencontest.shared.security.ApiScope;

/** A personal API token as its owner and administrators see it: never the secret. */
public record ApiTokenSummary(long id, String name, Set<ApiScope> scopes, Instant createdAt, Instant expiresAt,
                              Instant lastUsedAt, Instant revokedAt, ApiTokenStatus status) {

    public ApiTokenSummary {
        scopes = scopes.isEmpty() ? EnumSet.noneOf(ApiScope.class) : EnumSet.copyOf(scopes);
    }
}
