package org.opencontest.account.internal;

/** A new token and its secret. The secret is shown to the owner this once; only its hash is stored. */
public record CreatedApiToken(ApiTokenSummary token, String secret) {

    @Override
    public String toString() {
        return "CreatedApiToken[" + token + "]";
    }
}
