package org.opencontest.shared.security;

/**
 * Checks the secret of a personal API token (implemented by the account module, which owns the tokens). Used by
 * the stateless filter chain of {@code /api/v1/**}.
 */
public interface ApiTokenAuthenticator {

    /**
     * @param secret the token as sent after {@code Authorization: Bearer}
     * @return the owner and the token's scopes
     * @throws ApiTokenRejectedException saying why the token cannot be used (unknown, expired, revoked, account
     *                                   disabled)
     */
    ApiTokenAuthentication authenticate(String secret);
}
