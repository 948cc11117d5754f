package org.opencontest.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.audit.AuditLog;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.security.ApiScope;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: people create, list and revoke their own on the profile page; administrators see and
 * revoke anyone's. A token's secret is returned once, at creation; only its SHA-256 is stored. Creating and
 * revoking are audited.
 */
@Service
public class ApiTokens {

    static final String CREATED = "account.apiToken.created";
    static final String REVOKED = "account.apiToken.revoked";

    private final ApiTokenRepository tokens;
    private final UserAccountRepository users;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, UserAccountRepository users, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** The caller's tokens, newest first, including expired and revoked ones. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ApiTokenSummary> myTokens() {
        return summaries(me().getId());
    }

    /**
     * Creates a token for the caller.
     *
     * @return the token and its secret, which is never shown again
     * @throws InvalidInputException for a blank or long name, a name already used by another working token, no
     *                               scope, a validity outside 1–365 days, or too many working tokens
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CreatedApiToken create(NewApiToken request) {
        UserAccount owner = me();
        Instant now = now();
        List<FieldViolation> violations = ApiTokenRules.check(request);
        if (violations.isEmpty() && tokens.activeNameExists(owner.getId(), request.name().strip(), now)) {
            violations.add(FieldViolation.of(AccountField.TOKEN_NAME, "account.apiToken.validation.name.taken"));
        }
        if (violations.isEmpty() && tokens.countActive(owner.getId(), now) >= ApiTokenRules.MAX_ACTIVE) {
            violations.add(FieldViolation.of(AccountField.TOKEN_NAME, "account.apiToken.validation.tooMany",
                    ApiTokenRules.MAX_ACTIVE));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String secret = ApiTokenSecrets.generate();
        ApiToken token = tokens.saveAndFlush(new ApiToken(owner.getId(), request.name().strip(), request.scopes(),
                ApiTokenSecrets.hash(secret), now, ApiTokenRules.expiry(now, request.validDays())));
        audit.record(CREATED, owner.getEmail(), describe(token));
        return new CreatedApiToken(toSummary(token, now), secret);
    }

    /** Revokes one of the caller's tokens; it stops working at once. Revoking twice changes nothing. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ApiTokenSummary revoke(long tokenId) {
        UserAccount owner = me();
        return revoke(owner, tokens.findByIdAndUserId(tokenId, owner.getId()).orElseThrow(NotFoundException::new));
    }

    /** Any user's tokens, for the administrators' user page. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<ApiTokenSummary> tokensOf(long userId) {
        return summaries(users.findById(userId).orElseThrow(NotFoundException::new).getId());
    }

    /** Revokes any user's token, e.g. one that leaked. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public ApiTokenSummary revokeOf(long userId, long tokenId) {
        UserAccount owner = users.findById(userId).orElseThrow(NotFoundException::new);
        return revoke(owner, tokens.findByIdAndUserId(tokenId, userId).orElseThrow(NotFoundException::new));
    }

    private ApiTokenSummary revoke(UserAccount owner, ApiToken token) {
        Instant now = now();
        if (token.getRevokedAt() == null) {
            token.revoke(now);
            tokens.flush();
            audit.record(REVOKED, owner.getEmail(), describe(token));
        }
        return toSummary(token, now);
    }

    private List<ApiTokenSummary> summaries(long userId) {
        Instant now = now();
        return tokens.findByUserIdOrderByCreatedAtDescIdDesc(userId).stream()
                .map(token -> toSummary(token, now)).toList();
    }

    /** The database keeps microseconds; what the service returns must equal what is stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private UserAccount me() {
        return users.findById(CurrentUser.requireId()).orElseThrow(NotFoundException::new);
    }

    private static String describe(ApiToken token) {
        return "token=" + token.getId() + ", name=" + token.getName() + ", scopes="
                + token.getScopes().stream().map(ApiScope::value).collect(Collectors.joining(" "))
                + ", expires=" + token.getExpiresAt();
    }

    private static ApiTokenSummary toSummary(ApiToken token, Instant now) {
        return new ApiTokenSummary(token.getId(), token.getName(), token.getScopes(), token.getCreatedAt(),
                token.getExpiresAt(), token.getLastUsedAt(), token.getRevokedAt(), token.statusAt(now));
    }
}
