package org.opencontest.account.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;
import org.opencontest.shared.security.ApiScope;

/** A personal API token, stored by the hash of its secret. */
@Entity
@Table(name = "api_token")
public class ApiToken extends BaseEntity {

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(nullable = false)
    private String name;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Convert(converter = ApiScopesConverter.class)
    @Column(nullable = false)
    private Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(long userId, String name, Set<ApiScope> scopes, String tokenHash, Instant createdAt,
                    Instant expiresAt) {
        this.userId = userId;
        this.name = name;
        this.scopes = EnumSet.copyOf(scopes);
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public ApiTokenStatus statusAt(Instant now) {
        return ApiTokenRules.status(revokedAt, expiresAt, now);
    }

    public void revoke(Instant at) {
        revokedAt = at;
    }

    public Long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public Set<ApiScope> getScopes() {
        return scopes.isEmpty() ? EnumSet.noneOf(ApiScope.class) : EnumSet.copyOf(scopes);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
