package org.opencontest.shared.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.provider.HasListDataView;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestService;
import org.opencontest.contest.ContestSummary;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.support.KaribuTest;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;

/** The organiser pages with a contest picker show the chosen contest at once, without a reload. */
class ContestPickerViewsTest extends KaribuTest {

    private static final String CHOOSE = "Choose one of your contests.";

    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    Clock clock;

    @Test
    void pickingAContestOnTheSubmissionsPageLoadsIt() {
        SubmissionFixtures.Scenario s = SubmissionFixtures.scenario(contests, teams, clock.instant());
        signInAs(s.organiser());
        navigate("organise/submissions");
        assertThat(_find(Paragraph.class, spec -> spec.withText(CHOOSE))).hasSize(1);

        pick("submissions-contest", s.contestId());

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("organise/submissions/" + s.contestId());
        assertThat(_find(Grid.class, spec -> spec.withId("submissions-grid"))).hasSize(1);
        assertThat(_find(Paragraph.class, spec -> spec.withText(CHOOSE))).isEmpty();
    }

    @Test
    void pickingAContestOnTheIncubationPageLoadsItInChinese() {
        SubmissionFixtures.Scenario s = SubmissionFixtures.scenario(contests, teams, clock.instant());
        signInAs(s.organiser());
        useLocale(SupportedLocales.CHINESE);
        navigate("organise/incubation");
        assertThat(_find(Grid.class, spec -> spec.withId("incubation-candidates"))).isEmpty();

        pick("incubation-contest", s.contestId());

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("organise/incubation/" + s.contestId());
        assertThat(_find(Grid.class, spec -> spec.withId("incubation-candidates"))).hasSize(1);
        assertThat(_get(ComboBox.class, spec -> spec.withId("incubation-contest")).getValue()).isNotNull();
    }

    /** Chooses the contest as the organiser would; the picker is a Select on one page, a ComboBox on the other. */
    @SuppressWarnings("unchecked")
    private static void pick(String pickerId, long contestId) {
        Component picker = _get(Component.class, spec -> spec.withId(pickerId));
        ContestSummary contest = ((HasListDataView<ContestSummary, ?>) picker).getListDataView().getItems()
                .filter(c -> c.id() == contestId).findFirst().orElseThrow();
        _setValue((HasValue<?, ContestSummary>) picker, contest);
    }
}
