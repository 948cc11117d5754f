package org.opencontest.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;

import org.opencontest.judging.internal.JudgingLog;
import org.opencontest.judging.internal.LogVerification;
import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestFixtures;
import org.opencontest.contest.ContestService;
import org.opencontest.judging.internal.JudgingLogWriter;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The judging log in PostgreSQL: rows altered or removed behind the application's back are found. */
class JudgingLogIT extends IntegrationTest {

    @Autowired
    JudgingLog judgingLog;

    @Autowired
    JudgingLogWriter writer;

    @Autowired
    JudgingSetup setup;

    @Autowired
    ContestService contests;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    final AppPrincipal organiser = person(Role.ORGANISER);

    @Test
    void anAlteredRowIsFoundAtItsLink() {
        long contestId = contestWithLog(4);
        assertThat(verify(contestId)).satisfies(v -> {
            assertThat(v.intact()).isTrue();
            assertThat(v.checked()).isEqualTo(4);
            assertThat(v.messageKey()).isEqualTo("judging.chain.intact");
        });

        jdbc.update("UPDATE judging_log SET content = REPLACE(content, '71.5', '91.5') WHERE contest_id = ? "
                + "AND sequence = 3", contestId);

        LogVerification broken = verify(contestId);
        assertThat(broken.intact()).isFalse();
        assertThat(broken.brokenAt()).isEqualTo(3L);
        assertThat(broken.messageKey()).isEqualTo("judging.chain.break.CONTENT_ALTERED");
    }

    @Test
    void removedNewestRowsAreFoundThroughTheHead() {
        long contestId = contestWithLog(3);
        jdbc.update("DELETE FROM judging_log WHERE contest_id = ? AND sequence = 3", contestId);

        LogVerification broken = verify(contestId);
        assertThat(broken.brokenAt()).isEqualTo(3L);
        assertThat(broken.messageKey()).isEqualTo("judging.chain.break.TAIL_REMOVED");
    }

    @Test
    void otherOrganisersCannotVerify() {
        long contestId = contestWithLog(1);

        assertThatThrownBy(() -> as(person(Role.ORGANISER), () -> judgingLog.verify(contestId)))
                .isInstanceOf(NotFoundException.class);
    }

    private long contestWithLog(int links) {
        ContestEditState contest = as(organiser, () -> contests.create(ContestFixtures.input(
                ContestFixtures.uniqueSlug("log"), clock.instant())));
        RubricDetail rubric = as(organiser, () -> setup.createRubric(contest.id(), JudgingFixtures.rubric()));
        as(organiser, () -> setup.createRound(contest.id(), JudgingFixtures.round(rubric.id(), "R1")));
        for (int i = 1; i <= links; i++) {
            BigDecimal score = new BigDecimal("70").add(new BigDecimal(i).divide(new BigDecimal("2")));
            int sheet = i;
            transactions.executeWithoutResult(status -> writer.append(contest.id(), "SHEET_SUBMITTED",
                    Map.of("sheet", sheet, "score", score)));
        }
        return contest.id();
    }

    private LogVerification verify(long contestId) {
        return as(organiser, () -> judgingLog.verify(contestId));
    }
}
