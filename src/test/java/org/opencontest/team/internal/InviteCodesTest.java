package org.opencontest.team.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class InviteCodesTest {

    @Test
    void codesAreReadableAndAcceptedAsTyped() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = InviteCodes.generate();
            assertThat(code).hasSize(InviteCodes.LENGTH).doesNotContain("0", "O", "1", "I", "L");
            assertThat(InviteCodes.normalise(code.toLowerCase())).isEqualTo(code);
            assertThat(InviteCodes.normalise(code.substring(0, 5) + " - " + code.substring(5))).isEqualTo(code);
            seen.add(code);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void garbageIsNoCode() {
        assertThat(InviteCodes.normalise(null)).isNull();
        assertThat(InviteCodes.normalise("ABC")).isNull();
        assertThat(InviteCodes.normalise("ABCDEFGH0O")).isNull();
        assertThat(InviteCodes.normalise("' OR 1=1 --")).isNull();
    }

    @Test
    void invitationTokensAreHashedAndForgeriesNeverLookedUp() {
        String token = InvitationTokens.generate();
        assertThat(token).hasSize(43);
        assertThat(InvitationTokens.hashOf(token)).hasSize(64).isNotEqualTo(token)
                .isEqualTo(InvitationTokens.hashOf(token));
        assertThat(InvitationTokens.hashOf("forged")).isNull();
        assertThat(InvitationTokens.hashOf(null)).isNull();
    }
}
