package org.opencontest.team.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opencontest.shared.error.UserFacingException;

class TeamNameTest {

    @Test
    void tidiesSpacesAndKeepsTheTypedForm() {
        TeamName name = TeamName.of("  Safe \u3000 Streets\u00a0Lab ");
        assertThat(name.display()).isEqualTo("Safe Streets Lab");
        assertThat(name.key()).isEqualTo("safe streets lab");
    }

    @Test
    void namesDifferingOnlyInCaseOrWidthHaveTheSameKey() {
        assertThat(TeamName.of("ＳＡＦＥ Streets").key()).isEqualTo(TeamName.of("safe streets").key());
        assertThat(TeamName.of("数据先锋").key()).isEqualTo(TeamName.of("数据先锋").key());
        assertThat(TeamName.of("Team A").key()).isNotEqualTo(TeamName.of("Team B").key());
    }

    @Test
    void refusesBlankAndSpaceOnlyNames() {
        refused(null, "team.error.nameRequired");
        refused("   ", "team.error.nameRequired");
        refused("\u00a0\u3000 ", "team.error.nameRequired");
    }

    @Test
    void refusesMarkupInvisibleCharactersAndLength() {
        refused("<b>Bold</b>", "team.error.nameMarkup");
        refused("Safe\u200bStreets", "team.error.nameInvisible");
        refused("Safe\u202eStreets", "team.error.nameInvisible");
        refused("A", "team.error.nameLength");
        refused("x".repeat(TeamName.MAX_LENGTH + 1), "team.error.nameLength");
        assertThat(TeamName.of("x".repeat(TeamName.MAX_LENGTH)).display()).hasSize(TeamName.MAX_LENGTH);
    }

    @Test
    void refusesLookAlikeLettersFromOtherAlphabets() {
        // "Pаypal" with a Cyrillic "а"
        refused("P\u0430ypal", "team.error.nameMixedScripts");
        assertThat(TeamName.of("Команда Данных").display()).isEqualTo("Команда Данных");
        assertThat(TeamName.of("SODA 数据队").display()).isEqualTo("SODA 数据队");
    }

    private static void refused(String typed, String key) {
        assertThatThrownBy(() -> TeamName.of(typed)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).getMessageKey()).isEqualTo(key);
    }
}
