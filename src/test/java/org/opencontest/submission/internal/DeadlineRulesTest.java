package org.opencontest.submission.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.submission.internal.DeadlineRules.Timing.LATE_ACCEPTED;
import static org.opencontest.submission.internal.DeadlineRules.Timing.LATE_REFUSED;
import static org.opencontest.submission.internal.DeadlineRules.Timing.NOT_OPEN;
import static org.opencontest.submission.internal.DeadlineRules.Timing.ON_TIME;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class DeadlineRulesTest {

    private static final Instant OPENS = Instant.parse("2026-03-01T01:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-03-20T10:00:00Z");
    private static final Duration GRACE = Duration.ofMinutes(15);

    private final DeadlineRules reject = DeadlineRules.of(OPENS, CLOSES, null, GRACE, LatePolicy.REJECT);
    private final DeadlineRules flag = DeadlineRules.of(OPENS, CLOSES, null, GRACE, LatePolicy.ACCEPT_FLAGGED);

    @Test
    void nothingBeforeThePhaseOpens() {
        assertThat(reject.assess(OPENS.minusNanos(1000), OPENS.minusNanos(1000))).isEqualTo(NOT_OPEN);
        assertThat(reject.assess(OPENS, OPENS)).isEqualTo(ON_TIME);
    }

    @Test
    void theDeadlineItselfIsAlreadyLate() {
        assertThat(reject.assess(CLOSES.minusMillis(1), CLOSES.minusMillis(1))).isEqualTo(ON_TIME);
        assertThat(reject.assess(CLOSES, CLOSES)).isEqualTo(LATE_REFUSED);
        assertThat(reject.assess(CLOSES.plusSeconds(1), CLOSES.plusSeconds(1))).isEqualTo(LATE_REFUSED);
        assertThat(flag.assess(CLOSES.plusSeconds(1), CLOSES.plusSeconds(1))).isEqualTo(LATE_ACCEPTED);
    }

    @Test
    void anUploadBegunBeforeTheDeadlineMayFinishWithinTheGracePeriod() {
        Instant began = CLOSES.minusSeconds(10);
        assertThat(reject.assess(began, CLOSES.plus(GRACE).minusMillis(1))).isEqualTo(ON_TIME);
        assertThat(reject.assess(began, CLOSES.plus(GRACE))).isEqualTo(LATE_REFUSED);
        assertThat(reject.assess(CLOSES, CLOSES.plusSeconds(5))).as("began at the deadline").isEqualTo(LATE_REFUSED);
    }

    @Test
    void aSubmitInGraceCountsWhenItsUploadsBeganBeforeTheDeadline() {
        var finishedInGrace = new DeadlineRules.Upload(CLOSES.minusSeconds(30), CLOSES.plusSeconds(60));
        var finishedEarly = new DeadlineRules.Upload(CLOSES.minusSeconds(3600), CLOSES.minusSeconds(3000));
        Instant now = CLOSES.plusSeconds(120);
        assertThat(reject.assessSubmit(List.of(finishedEarly, finishedInGrace), now)).isEqualTo(ON_TIME);
        assertThat(reject.assessSubmit(List.of(finishedEarly), now)).as("nothing was under way at the deadline")
                .isEqualTo(LATE_REFUSED);
        var startedLate = new DeadlineRules.Upload(CLOSES.plusSeconds(10), CLOSES.plusSeconds(20));
        assertThat(flag.assessSubmit(List.of(finishedInGrace, startedLate), now)).isEqualTo(LATE_ACCEPTED);
        assertThat(reject.assessSubmit(List.of(finishedInGrace), CLOSES.plus(GRACE))).isEqualTo(LATE_REFUSED);
    }

    @Test
    void anExtensionMovesTheDeadlineForOneTeamButNeverShortensIt() {
        Instant extended = CLOSES.plus(Duration.ofDays(2));
        DeadlineRules rules = DeadlineRules.of(OPENS, CLOSES, extended, GRACE, LatePolicy.REJECT);
        assertThat(rules.deadline()).isEqualTo(extended);
        assertThat(rules.assess(CLOSES.plusSeconds(3600), CLOSES.plusSeconds(3600))).isEqualTo(ON_TIME);
        assertThat(DeadlineRules.of(OPENS, CLOSES, CLOSES.minusSeconds(60), GRACE, LatePolicy.REJECT).deadline())
                .isEqualTo(CLOSES);
    }

    @Test
    void theFinalPickChangesOnlyBeforeTheDeadlineNotInGrace() {
        assertThat(reject.mayPickFinal(CLOSES.minusSeconds(1))).isTrue();
        assertThat(reject.mayPickFinal(CLOSES)).isFalse();
        assertThat(reject.mayPickFinal(OPENS.minusSeconds(1))).isFalse();
    }
}
