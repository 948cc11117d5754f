package org.opencontest.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opencontest.account.internal.ApiTokenRepository;
import org.opencontest.account.internal.ApiTokenRules;
import org.opencontest.account.internal.ApiTokenSecrets;
import org.opencontest.account.internal.ApiTokenStatus;
import org.opencontest.account.internal.ApiTokenSummary;
import org.opencontest.account.internal.ApiTokens;
import org.opencontest.account.internal.CreatedApiToken;
import org.opencontest.account.internal.FieldViolation;
import org.opencontest.account.internal.InvalidInputException;
import org.opencontest.account.internal.NewApiToken;
import org.opencontest.audit.AuditLog;
import org.opencontest.audit.AuditRecord;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.security.ApiScope;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.support.Actors;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

/** Creating, listing and revoking personal API tokens through the service, with its refusals and audit trail. */
class ApiTokensIT extends IntegrationTest {

    @Autowired TestAccounts testAccounts;
    @Autowired ApiTokens apiTokens;
    @Autowired ApiTokenRepository tokenRows;
    @Autowired AuditLog auditLog;
    @Autowired Clock clock;

    @Test
    void aNewTokenShowsItsSecretOnceAndStoresOnlyItsHash() {
        AppPrincipal owner = testAccounts.create(Role.PARTICIPANT);

        CreatedApiToken created = Actors.as(owner, () -> apiTokens.create(new NewApiToken("  CI upload  ",
                EnumSet.of(ApiScope.SUBMISSIONS_WRITE, ApiScope.CONTESTS_READ), 90)));

        assertThat(created.secret()).startsWith("oc_").hasSize(46);
        assertThat(created.toString()).doesNotContain(created.secret());
        ApiTokenSummary token = created.token();
        assertThat(token.name()).isEqualTo("CI upload");
        assertThat(token.scopes()).containsExactly(ApiScope.CONTESTS_READ, ApiScope.SUBMISSIONS_WRITE);
        assertThat(Duration.between(token.createdAt(), token.expiresAt())).isEqualTo(Duration.ofDays(90));
        assertThat(token.status()).isEqualTo(ApiTokenStatus.ACTIVE);
        assertThat(token.lastUsedAt()).isNull();
        assertThat(tokenRows.findById(token.id()).orElseThrow()).satisfies(row -> {
            assertThat(row.getUserId()).isEqualTo(owner.userId());
            assertThat(tokenRows.findByTokenHash(ApiTokenSecrets.hash(created.secret()))).contains(row);
        });
        assertThat(Actors.as(owner, apiTokens::myTokens)).containsExactly(token);
        assertThat(audit(owner.email())).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("account.apiToken.created");
            assertThat(entry.actorEmail()).isEqualTo(owner.email());
            assertThat(entry.details()).contains("name=CI upload", "scopes=contests:read submissions:write")
                    .doesNotContain(created.secret());
        });
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        AppPrincipal owner = testAccounts.create(Role.PARTICIPANT);

        assertRefused(owner, new NewApiToken(" ", Set.of(), 0), "account.apiToken.validation.name.required",
                "account.apiToken.validation.scopes.required", "account.apiToken.validation.validity.range");
        assertRefused(owner, new NewApiToken("x".repeat(ApiTokenRules.MAX_NAME + 1), Set.of(ApiScope.CONTESTS_READ),
                ApiTokenRules.MAX_VALID_DAYS + 1), "account.apiToken.validation.name.tooLong",
                "account.apiToken.validation.validity.range");
        assertThat(Actors.as(owner, apiTokens::myTokens)).isEmpty();
    }

    @Test
    void aNameServesOneWorkingTokenAtATime() {
        AppPrincipal owner = testAccounts.create(Role.PARTICIPANT);
        CreatedApiToken first = create(owner, "laptop");

        assertRefused(owner, new NewApiToken("LAPTOP", Set.of(ApiScope.CONTESTS_READ), 7),
                "account.apiToken.validation.name.taken");

        Actors.as(owner, () -> apiTokens.revoke(first.token().id()));
        assertThat(create(owner, "laptop").token().status()).isEqualTo(ApiTokenStatus.ACTIVE);
    }

    @Test
    void aPersonHasAtMostTwentyWorkingTokens() {
        AppPrincipal owner = testAccounts.create(Role.PARTICIPANT);
        for (int i = 0; i < ApiTokenRules.MAX_ACTIVE; i++) {
            create(owner, "machine " + i);
        }

        assertRefused(owner, new NewApiToken("one too many", Set.of(ApiScope.CONTESTS_READ), 7),
                "account.apiToken.validation.tooMany");
    }

    @Test
    void ownersRevokeTheirOwnTokensOnlyAndRevokingTwiceChangesNothing() {
        AppPrincipal owner = testAccounts.create(Role.PARTICIPANT);
        AppPrincipal stranger = testAccounts.create(Role.PARTICIPANT);
        long tokenId = create(owner, "build server").token().id();

        assertThatThrownBy(() -> Actors.as(stranger, () -> apiTokens.revoke(tokenId)))
                .isInstanceOf(NotFoundException.class);

        ApiTokenSummary revoked = Actors.as(owner, () -> apiTokens.revoke(tokenId));
        assertThat(revoked.status()).isEqualTo(ApiTokenStatus.REVOKED);
        assertThat(revoked.revokedAt()).isNotNull();
        assertThat(Actors.as(owner, () -> apiTokens.revoke(tokenId))).isEqualTo(revoked);
        assertThat(audit(owner.email())).filteredOn(entry -> entry.action().equals("account.apiToken.revoked"))
                .singleElement().satisfies(entry -> assertThat(entry.details()).contains("name=build server"));
    }

    @Test
    void administratorsSeeAndRevokeAnyonesTokens() {
        AppPrincipal owner = testAccounts.create(Role.PARTICIPANT);
        AppPrincipal admin = testAccounts.create(Role.ADMIN);
        long tokenId = create(owner, "leaked").token().id();

        assertThatThrownBy(() -> Actors.as(owner, () -> apiTokens.tokensOf(owner.userId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Actors.as(admin, () -> apiTokens.tokensOf(owner.userId())))
                .extracting(ApiTokenSummary::name).containsExactly("leaked");
        assertThatThrownBy(() -> Actors.as(admin, () -> apiTokens.revokeOf(admin.userId(), tokenId)))
                .isInstanceOf(NotFoundException.class);

        assertThat(Actors.as(admin, () -> apiTokens.revokeOf(owner.userId(), tokenId)).status())
                .isEqualTo(ApiTokenStatus.REVOKED);
        assertThat(audit(owner.email())).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("account.apiToken.revoked");
            assertThat(entry.actorEmail()).isEqualTo(admin.email());
        });
    }

    private void assertRefused(AppPrincipal owner, NewApiToken request, String... keys) {
        assertThatThrownBy(() -> Actors.as(owner, () -> apiTokens.create(request)))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal ->
                        assertThat(refusal.getViolations()).extracting(FieldViolation::messageKey)
                                .containsExactly(keys));
    }

    private CreatedApiToken create(AppPrincipal owner, String name) {
        return Actors.as(owner, () -> apiTokens.create(new NewApiToken(name, Set.of(ApiScope.CONTESTS_READ), 7)));
    }

    private List<AuditRecord> audit(String email) {
        return SystemIdentity.call(() -> auditLog.search(email, Pageable.ofSize(50)).getContent());
    }
}
