package org.opencontest.shared.security;

/**
 * {@code @PreAuthorize} expressions that require an {@link ApiScope}, as compile-time constants:
 * {@code @PreAuthorize(ApiScopes.SUBMISSIONS_WRITE)}. A request without the scope is refused with 403.
 */
public final class ApiScopes {

    public static final String CONTESTS_READ = "hasAuthority('SCOPE_contests:read')";
    public static final String SUBMISSIONS_READ = "hasAuthority('SCOPE_submissions:read')";
    public static final String SUBMISSIONS_WRITE = "hasAuthority('SCOPE_submissions:write')";
    public static final String VOTES_WRITE = "hasAuthority('SCOPE_votes:write')";

    private ApiScopes() {
    }
}
