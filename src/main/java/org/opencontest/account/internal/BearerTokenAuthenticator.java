package org.opencontest.account.internal;

import java.time.Clock;
import java.time.Instant;

import org.opencontest.shared.security.ApiTokenAuthentication;
import org.opencontest.shared.security.ApiTokenAuthenticator;
import org.opencontest.shared.security.ApiTokenRejectedException;
import org.opencontest.shared.security.ApiTokenRejectedException.Reason;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a personal API token on every API request: known, neither revoked nor expired, and its owner enabled. The
 * sign-in throttle does not apply: wrong passwords typed by anyone never stop a team's scripts. Each request reads the token and the account afresh, so revoking a token or
 * disabling an account takes effect at the next request. Records the last use.
 */
@Component
class BearerTokenAuthenticator implements ApiTokenAuthenticator {

    private final ApiTokenRepository tokens;
    private final UserAccountRepository users;
    private final Clock clock;

    BearerTokenAuthenticator(ApiTokenRepository tokens, UserAccountRepository users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ApiTokenAuthentication authenticate(String secret) {
        if (!ApiTokenSecrets.looksLikeSecret(secret)) {
            throw new ApiTokenRejectedException(Reason.INVALID);
        }
        ApiToken token = tokens.findByTokenHash(ApiTokenSecrets.hash(secret))
                .orElseThrow(() -> new ApiTokenRejectedException(Reason.INVALID));
        Instant now = clock.instant();
        switch (token.statusAt(now)) {
            case REVOKED -> throw new ApiTokenRejectedException(Reason.REVOKED);
            case EXPIRED -> throw new ApiTokenRejectedException(Reason.EXPIRED);
            case ACTIVE -> { }
        }
        UserAccount owner = users.findById(token.getUserId())
                .orElseThrow(() -> new ApiTokenRejectedException(Reason.INVALID));
        if (!owner.isEnabled()) {
            throw new ApiTokenRejectedException(Reason.ACCOUNT_DISABLED);
        }
        tokens.recordUse(token.getId(), now, now.minus(ApiTokenRules.LAST_USE_PRECISION));
        return new ApiTokenAuthentication(owner.toPrincipal(), token.getId(), token.getScopes(),
                token.getExpiresAt());
    }
}
