package org.opencontest.submission.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opencontest.shared.error.UserFacingException;

class QuotaRuleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final SubmissionRules RULES = new SubmissionRules(Set.of("application/pdf"), 10, 20, 3, 2, 3,
            LatePolicy.REJECT, Duration.ZERO, 0);

    @Test
    void theDayIsTheContestsCalendarDay() {
        // 15:59 UTC and 16:01 UTC are different days in Shanghai (UTC+8)
        Instant lateEvening = Instant.parse("2026-03-10T15:50:00Z");
        Instant nextMorning = Instant.parse("2026-03-10T16:01:00Z");
        List<Instant> two = List.of(lateEvening.minusSeconds(60), lateEvening);
        assertThatThrownBy(() -> QuotaRule.check(RULES, two, lateEvening.plusSeconds(60), SHANGHAI))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("submission.error.quotaDay");
        assertThatCode(() -> QuotaRule.check(RULES, two, nextMorning, SHANGHAI)).doesNotThrowAnyException();
    }

    @Test
    void theTotalQuotaHoldsAcrossDays() {
        Instant now = Instant.parse("2026-03-12T02:00:00Z");
        List<Instant> three = List.of(now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(2)),
                now.minus(Duration.ofDays(1)));
        assertThatThrownBy(() -> QuotaRule.check(RULES, three, now, SHANGHAI))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("submission.error.quotaTotal");
        assertThatCode(() -> QuotaRule.check(RULES, three.subList(0, 2), now, SHANGHAI)).doesNotThrowAnyException();
    }
}
