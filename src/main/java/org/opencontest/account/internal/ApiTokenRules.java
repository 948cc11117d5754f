package org.opencontest.account.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;


/** Rules for personal API tokens: what a new token must have, when it expires, whether it works. */
public final class ApiTokenRules {

    public static final int MAX_NAME = 80;
    public static final int MAX_VALID_DAYS = 365;
    /** The choices the profile page offers. */
    public static final List<Integer> OFFERED_VALID_DAYS = List.of(7, 30, 90, MAX_VALID_DAYS);
    public static final int DEFAULT_VALID_DAYS = 30;
    /** Tokens that work at the same time, per person: enough for every machine, few enough to keep track of. */
    public static final int MAX_ACTIVE = 20;
    /**
     * The last use is written again only when it is older than this, so that a busy client does not cause a write
     * on every request.
     */
    public static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private ApiTokenRules() {
    }

    /** The broken rules of a new token's own fields (name, scopes, validity). */
    public static List<FieldViolation> check(NewApiToken request) {
        List<FieldViolation> violations = new ArrayList<>();
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty()) {
            violations.add(FieldViolation.of(AccountField.TOKEN_NAME, "account.apiToken.validation.name.required"));
        } else if (name.length() > MAX_NAME) {
            violations.add(FieldViolation.of(AccountField.TOKEN_NAME, "account.apiToken.validation.name.tooLong",
                    MAX_NAME));
        }
        if (request.scopes().isEmpty()) {
            violations.add(FieldViolation.of(AccountField.TOKEN_SCOPES,
                    "account.apiToken.validation.scopes.required"));
        }
        if (request.validDays() < 1 || request.validDays() > MAX_VALID_DAYS) {
            violations.add(FieldViolation.of(AccountField.TOKEN_VALIDITY,
                    "account.apiToken.validation.validity.range", MAX_VALID_DAYS));
        }
        return violations;
    }

    public static Instant expiry(Instant createdAt, int validDays) {
        return createdAt.plus(Duration.ofDays(validDays));
    }

    /** Revoked beats expired; a token stops working at the instant it expires. */
    public static ApiTokenStatus status(Instant revokedAt, Instant expiresAt, Instant now) {
        if (revokedAt != null) {
            return ApiTokenStatus.REVOKED;
        }
        return now.isBefore(expiresAt) ? ApiTokenStatus.ACTIVE : ApiTokenStatus.EXPIRED;
    }
}
