package org.opencontest.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The configurable bcrypt cost changes new hashes only: whatever is stored keeps verifying. */
class PasswordEncoderTest {

    private static final String PASSWORD = "harbour-kite-2026";

    private final PasswordEncoder lowCost = new SecurityConfig().passwordEncoder(4);

    @Test
    void newHashesAreBcryptAtTheConfiguredCost() {
        String hash = lowCost.encode(PASSWORD);

        assertThat(hash).startsWith("{bcrypt}$2a$04$");
        assertThat(lowCost.matches(PASSWORD, hash)).isTrue();
        assertThat(lowCost.matches("harbour-kite-2027", hash)).isFalse();
    }

    /** Spring Security's default encoder made every hash stored before the cost became a setting (cost 10). */
    @Test
    void hashesOfTheFormerEncoderStillVerifyAndAreNotRewrittenAtALowerCost() {
        String stored = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);

        assertThat(stored).startsWith("{bcrypt}$2a$10$");
        assertThat(lowCost.matches(PASSWORD, stored)).isTrue();
        assertThat(lowCost.matches("harbour-kite-2027", stored)).isFalse();
        assertThat(lowCost.upgradeEncoding(stored)).isFalse();
    }

    @Test
    void otherFormatsOfTheDefaultEncoderStillVerify() {
        assertThat(lowCost.matches(PASSWORD, "{noop}" + PASSWORD)).isTrue();
        assertThat(lowCost.matches("harbour-kite-2027", "{noop}" + PASSWORD)).isFalse();
        assertThat(lowCost.upgradeEncoding("{noop}" + PASSWORD)).as("rehashed as bcrypt at the next chance").isTrue();
    }
}
