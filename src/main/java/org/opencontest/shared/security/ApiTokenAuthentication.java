package org.opencontest.shared.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated with a personal API token: the owner as the usual {@link AppPrincipal} (so role checks
 * and {@link CurrentUser} work unchanged), with the owner's role authorities plus one authority per token scope.
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final AppPrincipal principal;
    private final long tokenId;
    private final Set<ApiScope> scopes;
    private final Instant expiresAt;

    public ApiTokenAuthentication(AppPrincipal principal, long tokenId, Set<ApiScope> scopes, Instant expiresAt) {
        super(authorities(principal, scopes));
        this.principal = principal;
        this.tokenId = tokenId;
        this.scopes = scopes.isEmpty() ? EnumSet.noneOf(ApiScope.class) : EnumSet.copyOf(scopes);
        this.expiresAt = expiresAt;
        setAuthenticated(true);
    }

    private static Collection<GrantedAuthority> authorities(AppPrincipal principal, Set<ApiScope> scopes) {
        List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
        scopes.forEach(scope -> authorities.add(new SimpleGrantedAuthority(scope.authority())));
        return authorities;
    }

    @Override
    public AppPrincipal getPrincipal() {
        return principal;
    }

    /** The secret is never kept once the token has been checked. */
    @Override
    public Object getCredentials() {
        return null;
    }

    public long getTokenId() {
        return tokenId;
    }

    public Set<ApiScope> getScopes() {
        return EnumSet.copyOf(scopes);
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
