package org.opencontest.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ApiTokenSecretsTest {

    @Test
    void secretsCarryThePrefixAnd256RandomBits() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String secret = ApiTokenSecrets.generate();
            assertThat(secret).startsWith("oc_").hasSize(46).matches("oc_[A-Za-z0-9_-]{43}");
            assertThat(ApiTokenSecrets.looksLikeSecret(secret)).isTrue();
            seen.add(secret);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void theStoredHashIsTheHexSha256OfTheWholeSecret() {
        // printf 'oc_abc' | sha256sum
        assertThat(ApiTokenSecrets.hash("oc_abc"))
                .isEqualTo("32c92896ffd8b40d661f3d2564e05d3950a9f0f43e8ecc0ea91633b12b8e961d");
        String secret = ApiTokenSecrets.generate();
        assertThat(ApiTokenSecrets.hash(secret)).isEqualTo(ApiTokenSecrets.hash(secret))
                .isNotEqualTo(ApiTokenSecrets.hash(secret.substring(3)));
    }

    @Test
    void anythingElseIsNotASecret() {
        String secret = ApiTokenSecrets.generate();
        assertThat(ApiTokenSecrets.looksLikeSecret(null)).isFalse();
        assertThat(ApiTokenSecrets.looksLikeSecret("")).isFalse();
        assertThat(ApiTokenSecrets.looksLikeSecret(secret.substring(3))).isFalse();
        assertThat(ApiTokenSecrets.looksLikeSecret("OC_" + secret.substring(3))).isFalse();
        assertThat(ApiTokenSecrets.looksLikeSecret(secret + "A")).isFalse();
        assertThat(ApiTokenSecrets.looksLikeSecret(secret.substring(0, 45))).isFalse();
        assertThat(ApiTokenSecrets.looksLikeSecret(secret.substring(0, 45) + "=")).isFalse();
        assertThat(ApiTokenSecrets.looksLikeSecret(" " + secret)).isFalse();
    }
}
