package org.opencontest.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opencontest.shared.security.ApiScope;

class ApiTokenRulesTest {

    private static final Set<ApiScope> READ = Set.of(ApiScope.CONTESTS_READ);
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void aNamedScopedTokenValidForAnOfferedPeriodPasses() {
        ApiTokenRules.OFFERED_VALID_DAYS.forEach(days ->
                assertThat(ApiTokenRules.check(new NewApiToken("CI", READ, days))).isEmpty());
        assertThat(ApiTokenRules.OFFERED_VALID_DAYS).containsExactly(7, 30, 90, 365)
                .contains(ApiTokenRules.DEFAULT_VALID_DAYS);
    }

    @Test
    void nameIsRequiredAndLimitedAfterTrimming() {
        assertThat(ApiTokenRules.check(new NewApiToken(null, READ, 30))).extracting(FieldViolation::messageKey)
                .containsExactly("account.apiToken.validation.name.required");
        assertThat(ApiTokenRules.check(new NewApiToken("   ", READ, 30))).extracting(FieldViolation::field)
                .containsExactly(AccountField.TOKEN_NAME);
        assertThat(ApiTokenRules.check(new NewApiToken(" " + "n".repeat(ApiTokenRules.MAX_NAME) + " ", READ, 30)))
                .isEmpty();
        assertThat(ApiTokenRules.check(new NewApiToken("n".repeat(ApiTokenRules.MAX_NAME + 1), READ, 30)))
                .singleElement().satisfies(violation -> {
                    assertThat(violation.messageKey()).isEqualTo("account.apiToken.validation.name.tooLong");
                    assertThat(violation.arguments()).containsExactly(ApiTokenRules.MAX_NAME);
                });
    }

    @Test
    void atLeastOneScopeIsNeeded() {
        assertThat(ApiTokenRules.check(new NewApiToken("CI", null, 30))).singleElement()
                .satisfies(violation -> assertThat(violation.field()).isEqualTo(AccountField.TOKEN_SCOPES));
    }

    @Test
    void validityIsBetweenOneDayAndAYear() {
        assertThat(ApiTokenRules.check(new NewApiToken("CI", READ, 1))).isEmpty();
        assertThat(ApiTokenRules.check(new NewApiToken("CI", READ, 365))).isEmpty();
        for (int days : new int[] {0, -7, 366, Integer.MAX_VALUE}) {
            assertThat(ApiTokenRules.check(new NewApiToken("CI", READ, days))).singleElement()
                    .satisfies(violation -> {
                        assertThat(violation.field()).isEqualTo(AccountField.TOKEN_VALIDITY);
                        assertThat(violation.arguments()).containsExactly(365);
                    });
        }
    }

    @Test
    void aTokenExpiresWholeDaysAfterCreationAndStopsWorkingAtThatInstant() {
        Instant expiry = ApiTokenRules.expiry(NOW, 30);
        assertThat(expiry).isEqualTo(NOW.plus(Duration.ofDays(30)));

        assertThat(ApiTokenRules.status(null, expiry, expiry.minusNanos(1))).isEqualTo(ApiTokenStatus.ACTIVE);
        assertThat(ApiTokenRules.status(null, expiry, expiry)).isEqualTo(ApiTokenStatus.EXPIRED);
        assertThat(ApiTokenRules.status(null, expiry, expiry.plusSeconds(1))).isEqualTo(ApiTokenStatus.EXPIRED);
    }

    @Test
    void revocationBeatsEverything() {
        Instant expiry = ApiTokenRules.expiry(NOW, 30);
        assertThat(ApiTokenRules.status(NOW, expiry, NOW.plusSeconds(1))).isEqualTo(ApiTokenStatus.REVOKED);
        assertThat(ApiTokenRules.status(NOW, expiry, expiry.plusSeconds(1))).isEqualTo(ApiTokenStatus.REVOKED);
    }
}
