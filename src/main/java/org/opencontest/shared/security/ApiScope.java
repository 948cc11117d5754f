package org.opencontest.shared.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a personal API token may be used for. A token-authenticated request carries one authority per scope
 * ({@code SCOPE_submissions:write}); endpoints require one with {@code @PreAuthorize(ApiScopes.SUBMISSIONS_WRITE)}.
 * The owner's roles still apply on top: a scope never grants more than the person may do anyway.
 */
public enum ApiScope {
    CONTESTS_READ("contests:read"),
    SUBMISSIONS_READ("submissions:read"),
    SUBMISSIONS_WRITE("submissions:write"),
    VOTES_WRITE("votes:write");

    static final String AUTHORITY_PREFIX = "SCOPE_";

    private final String value;

    ApiScope(String value) {
        this.value = value;
    }

    /** The name clients see, e.g. {@code submissions:write}. */
    public String value() {
        return value;
    }

    /** The Spring Security authority, e.g. {@code SCOPE_submissions:write}. */
    public String authority() {
        return AUTHORITY_PREFIX + value;
    }

    public static Optional<ApiScope> fromValue(String value) {
        return Arrays.stream(values()).filter(scope -> scope.value.equals(value)).findFirst();
    }
}
