package org.opencontest.account.internal;

import java.time.Clock;
import java.time.Duration;

import org.opencontest.shared.error.UserFacingException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Issues and redeems single-use e-mail links. Runs inside the account service's transaction. */
@Component
public class AccountTokens {

    private final AccountTokenRepository tokens;
    private final Clock clock;

    AccountTokens(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Stores the hash of a fresh token and returns the token itself, to be put into a link and forgotten. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String issue(long userId, TokenPurpose purpose) {
        String token = SecureTokens.generate();
        tokens.save(new AccountToken(userId, purpose, SecureTokens.hash(token), clock.instant()));
        return token;
    }

    /** The token's record if it can be used now; otherwise a refusal saying why (unknown, used or expired). */
    @Transactional(propagation = Propagation.MANDATORY)
    public AccountToken requireUsable(String token, TokenPurpose purpose) {
        if (!SecureTokens.looksLikeToken(token)) {
            throw new UserFacingException("account.token.invalid");
        }
        AccountToken stored = tokens.findByTokenHashAndPurpose(SecureTokens.hash(token), purpose)
                .orElseThrow(() -> new UserFacingException("account.token.invalid"));
        return switch (stored.stateAt(clock.instant())) {
            case USABLE -> stored;
            case USED -> throw new UserFacingException("account.token.used");
            case EXPIRED -> throw new UserFacingException("account.token.expired");
        };
    }

    /** Redeems the token once and returns its user id; a second redemption is refused as used. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long redeem(String token, TokenPurpose purpose) {
        AccountToken stored = requireUsable(token, purpose);
        if (tokens.markUsed(stored.getId(), clock.instant()) == 0) {
            throw new UserFacingException("account.token.used");
        }
        return stored.getUserId();
    }

    /** Makes every still unused token of this kind unusable, e.g. older reset links after a reset. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void invalidateAll(long userId, TokenPurpose purpose) {
        tokens.invalidateAll(userId, purpose, clock.instant());
    }

    /** How many tokens of this kind the user received within the given time, for rate limits on mails. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long issuedWithin(long userId, TokenPurpose purpose, Duration within) {
        return tokens.countByUserIdAndPurposeAndCreatedAtAfter(userId, purpose, clock.instant().minus(within));
    }
}
