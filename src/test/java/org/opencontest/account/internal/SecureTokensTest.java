package org.opencontest.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SecureTokensTest {

    private static final Instant ISSUED = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void tokensAre32RandomBytesInUrlSafeBase64() {
        String token = SecureTokens.generate();

        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(SecureTokens.looksLikeToken(token)).isTrue();
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(SecureTokens.generate())).isTrue();
        }
    }

    @Test
    void onlyTheSha256HexOfATokenIsStored() {
        // SHA-256("abc"), a published test vector
        assertThat(SecureTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        String token = SecureTokens.generate();
        assertThat(SecureTokens.hash(token)).hasSize(64).isNotEqualTo(token).isEqualTo(SecureTokens.hash(token));
    }

    @Test
    void garbageIsRejectedBeforeAnyLookup() {
        assertThat(SecureTokens.looksLikeToken(null)).isFalse();
        assertThat(SecureTokens.looksLikeToken("")).isFalse();
        assertThat(SecureTokens.looksLikeToken("short")).isFalse();
        assertThat(SecureTokens.looksLikeToken("a".repeat(42) + "/")).isFalse();
        assertThat(SecureTokens.looksLikeToken("<script>" + "a".repeat(35))).isFalse();
    }

    @Test
    void verificationLinksLast48HoursAndResetLinksOneHour() {
        AccountToken verify = new AccountToken(1, TokenPurpose.VERIFY_EMAIL, "h1", ISSUED);
        AccountToken reset = new AccountToken(1, TokenPurpose.PASSWORD_RESET, "h2", ISSUED);

        assertThat(verify.stateAt(ISSUED.plus(Duration.ofHours(48)).minusSeconds(1)))
                .isEqualTo(AccountToken.State.USABLE);
        assertThat(verify.stateAt(ISSUED.plus(Duration.ofHours(48)))).isEqualTo(AccountToken.State.EXPIRED);
        assertThat(reset.stateAt(ISSUED.plus(Duration.ofMinutes(59)))).isEqualTo(AccountToken.State.USABLE);
        assertThat(reset.stateAt(ISSUED.plus(Duration.ofHours(1)))).isEqualTo(AccountToken.State.EXPIRED);
    }
}
