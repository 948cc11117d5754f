package org.opencontest.judging.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.Clock;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestFixtures;
import org.opencontest.contest.ContestService;
import org.opencontest.judging.internal.JudgingLogWriter;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The organiser verifies the judging log on the results page and sees where a row altered in the database breaks it. */
class LogBreakViewTest extends KaribuTest {

    @Autowired ContestService contests;
    @Autowired JudgingLogWriter writer;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void anAlteredRowIsShownAtItsEntry() {
        AppPrincipal organiser = person(Role.ORGANISER);
        ContestEditState contest = as(organiser, () -> contests.create(ContestFixtures.input(
                ContestFixtures.uniqueSlug("log-ui"), clock.instant())));
        for (int i = 1; i <= 3; i++) {
            int award = i;
            transactions.executeWithoutResult(status -> writer.append(contest.id(), "AWARD",
                    Map.of("award", "Prize " + award, "reason", "best")));
        }
        jdbc.update("UPDATE judging_log SET content = REPLACE(content, 'Prize 2', 'Prize 9') WHERE contest_id = ?",
                contest.id());
        signInAs(organiser);

        navigate("organise/contests/" + contest.id() + "/results");
        _click(_get(Button.class, spec -> spec.withId("verify-log")));

        assertThat(_get(Span.class, spec -> spec.withId("log-verification")).getText())
                .isEqualTo("The judging log breaks at entry 2: its content was altered after it was written.");
    }
}
