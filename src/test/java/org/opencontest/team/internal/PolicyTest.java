package org.opencontest.team.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestStatus;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.PhaseWindow;
import org.opencontest.contest.RulesVersion;
import org.opencontest.contest.Timeline;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.time.ZonedMoment;
import org.opencontest.team.TeamSettings;

/** The size, lock and merge rules, with a contest whose registration runs from day 0 to day 10. */
class PolicyTest {

    static final Instant OPENS = Instant.parse("2026-03-01T01:00:00Z");
    static final Instant CLOSES = OPENS.plus(Duration.ofDays(10));
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Instant RULES_CHANGED = Instant.parse("2026-02-20T04:00:00Z");

    static ContestPage contest(ContestStatus status, int min, int max) {
        LocalizedText text = new LocalizedText("Rules", "规则");
        return new ContestPage(7, "cup", status, text, text, text, text, text, new RulesVersion(3, RULES_CHANGED),
                SHANGHAI, min, max, List.of(),
                List.of(), Timeline.of(List.of(new PhaseWindow(PhaseKind.REGISTRATION, OPENS, CLOSES),
                new PhaseWindow(PhaseKind.SUBMISSION, OPENS, CLOSES.plus(Duration.ofDays(20))))), null);
    }

    static Policy defaults(int min, int max) {
        return Policy.of(contest(ContestStatus.PUBLISHED, min, max), new TeamSettings(7, 0, false, false, null, null,
                null));
    }

    @Test
    void registrationOnlyWhileThePhaseIsOpenWithTheDeadlineInBothZones() {
        Policy policy = defaults(1, 3);
        assertThatCode(() -> policy.requireRegistrationOpen(OPENS, SHANGHAI)).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.requireRegistrationOpen(OPENS.minusSeconds(1), SHANGHAI))
                .hasMessageStartingWith("team.error.registrationNotOpen");
        assertThatThrownBy(() -> policy.requireRegistrationOpen(CLOSES, NEW_YORK))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).getArguments()).singleElement()
                        .isInstanceOfSatisfying(ZonedMoment.class, when -> {
                            assertThat(when.in(Locale.ENGLISH)).contains("(Asia/Shanghai)").contains(" / ")
                                    .contains("(America/New_York)");
                            // the date is put into words in the language of the message that quotes it
                            assertThat(when.in(Locale.SIMPLIFIED_CHINESE)).contains("年").doesNotContainPattern("[A-Z][a-z]{2} ");
                        }));
    }

    @Test
    void draftsAndArchivedContestsTakeNoRegistrations() {
        Policy draft = Policy.of(contest(ContestStatus.ARCHIVED, 1, 3), new TeamSettings(7, 0, false, false, null,
                null, null));
        assertThatThrownBy(() -> draft.requireRegistrationOpen(OPENS, SHANGHAI))
                .hasMessageStartingWith("team.error.contestNotOpen");
        assertThatThrownBy(() -> draft.requireUnlocked(OPENS, SHANGHAI))
                .hasMessageStartingWith("team.error.contestNotOpen");
    }

    @Test
    void membershipLocksAtTheCloseOfRegistrationUnlessTheOrganiserSetsAnotherInstant() {
        Policy policy = defaults(1, 3);
        assertThat(policy.lockAt()).isEqualTo(CLOSES);
        assertThat(policy.mergeDeadline()).isEqualTo(CLOSES);
        assertThat(policy.isLocked(CLOSES.minusSeconds(1))).isFalse();
        assertThat(policy.isLocked(CLOSES)).isTrue();
        assertThatThrownBy(() -> policy.requireUnlocked(CLOSES, SHANGHAI))
                .hasMessageStartingWith("team.error.locked");

        Instant lock = CLOSES.plus(Duration.ofDays(5));
        Instant merge = CLOSES.minus(Duration.ofDays(2));
        Policy custom = Policy.of(contest(ContestStatus.PUBLISHED, 1, 3),
                new TeamSettings(7, 1, true, true, lock, merge, "v2"));
        assertThat(custom.isLocked(CLOSES)).isFalse();
        assertThat(custom.rulesVersion().recorded()).isEqualTo("v2");
        assertThatCode(() -> custom.requireMergeOpen(merge.minusSeconds(1), SHANGHAI))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> custom.requireMergeOpen(merge, SHANGHAI))
                .hasMessageStartingWith("team.error.mergeClosed");
    }

    @Test
    void sizeLimits() {
        Policy policy = defaults(2, 4);
        assertThat(policy.capacity(false)).isEqualTo(4);
        assertThat(policy.capacity(true)).isEqualTo(1);
        assertThat(policy.belowMinimum(1, false)).isTrue();
        assertThat(policy.belowMinimum(1, true)).isFalse();
        assertThat(policy.belowMinimum(2, false)).isFalse();
        assertThatCode(() -> policy.requireMergeFits(2, 2)).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.requireMergeFits(3, 2)).hasMessageStartingWith("team.error.mergeTooBig");
    }

    @Test
    void withoutANamedVersionConsentIsToTheNumberedRulesAndRecordsTheTextsFingerprint() {
        RulesConsent rules = defaults(1, 3).rulesVersion();
        assertThat(rules.number()).isEqualTo(3);
        assertThat(rules.since()).isEqualTo(RULES_CHANGED);
        assertThat(rules.fingerprint()).startsWith("sha256:").hasSize(19)
                .isEqualTo(defaults(1, 3).rulesVersion().fingerprint());
        assertThat(rules.recorded()).isEqualTo("3 · " + rules.fingerprint());
        assertThat(RulesConsent.readable(rules.recorded())).isEqualTo("3");
        assertThat(RulesConsent.readable("2026-03")).isEqualTo("2026-03");
    }
}
