package org.opencontest.judging.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.Clock;
import java.util.Set;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestService;
import org.opencontest.judging.JudgeInput;
import org.opencontest.judging.JudgePanel;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.KaribuTest;
import org.opencontest.team.TeamFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** The page the invitation mail links to. */
class JudgeHomeViewTest extends KaribuTest {

    @Autowired
    ContestService contests;

    @Autowired
    JudgePanel panel;

    @Autowired
    Clock clock;

    @Test
    void aNewcomerIsToldHowToGetThere() {
        signInAs(person(Role.PARTICIPANT));
        navigate("judging");

        assertThat(_get(Paragraph.class).getText()).startsWith("You are not a judge in any published contest yet.");
        assertThat(_find(Anchor.class, spec -> spec.withId("judgeship-1"))).isEmpty();
    }

    @Test
    void anInvitationWithoutAConfirmedAccountShowsNothingYet() {
        AppPrincipal organiser = person(Role.ORGANISER);
        AppPrincipal judge = person(Role.JUDGE);
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        // the principal has no account row, so no confirmed address: the invitation must not be linked
        as(organiser, () -> panel.invite(contest.id(), new JudgeInput(judge.email(), "Judge", null, Set.of(), 5)));
        signInAs(judge);

        navigate("judging");

        assertThat(_find(Anchor.class, spec -> spec.withId("judgeship-" + contest.id()))).isEmpty();
        assertThat(as(organiser, () -> panel.judges(contest.id()))).singleElement()
                .satisfies(row -> assertThat(row.userId()).isNull());
    }
}
