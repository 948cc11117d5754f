package org.opencontest.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.as;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;

import org.junit.jupiter.api.Test;
import org.opencontest.incubation.IncubationFixtures;
import org.opencontest.incubation.IncubationFixtures.Setup;
import org.opencontest.judging.JudgeAssignments;
import org.opencontest.judging.ScoringFixtures;
import org.opencontest.judging.ScoringFixtures.Judging;
import org.opencontest.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bilingual titles follow the language the reader chose in the interface, not the one their profile was created
 * with (every principal here has an English profile).
 */
class TitlesInReadersLanguageTest extends KaribuTest {

    @Autowired
    ScoringFixtures scoring;
    @Autowired
    JudgeAssignments assignments;
    @Autowired
    IncubationFixtures incubation;
    @Autowired
    Clock clock;

    @Test
    void theJudgeQueueAndTheOrganisersSubmissionListShowTheChineseTitleToAChineseReader() {
        Judging j = scoring.judging(clock.instant(), 1, 1, true, 1, 5);
        as(j.organiser(), () -> assignments.assign(j.round().id()));
        signInAs(j.judges().get(0).principal());

        useLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("judging");
        assertThat(queueEntry(j).getText()).isEqualTo("Entry 1 中文");
        useLocale(Locale.ENGLISH);
        navigate("judging");
        assertThat(queueEntry(j).getText()).isEqualTo("Entry 1");

        signInAs(j.organiser());
        useLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("organise/submissions/" + j.contestId());
        Grid<?> list = _get(Grid.class, spec -> spec.withId("submissions-grid"));
        assertThat(GridKt._getFormattedRow(list, 0)).contains("Entry 1 中文").doesNotContain("Entry 1");
    }

    @Test
    void incubationPagesAndTheShowcaseShowTheChineseTitleToAChineseReader() {
        String english = "Bus Radar " + UUID.randomUUID().toString().substring(0, 6);
        Setup s = incubation.setUp(english, incubation.today().minusMonths(2), true);
        signInAs(s.incubator());
        useLocale(Locale.SIMPLIFIED_CHINESE);

        navigate("incubation/board");
        assertThat(_get(Anchor.class, spec -> spec.withId("board-project-" + s.projectId())).getText())
                .isEqualTo("标题");
        navigate("incubation/projects/" + s.projectId());
        assertThat(_get(H1.class, spec -> spec.withId("project-title")).getText()).isEqualTo("标题");

        signOut();
        navigate("showcase");
        assertThat(_get(Div.class, spec -> spec.withId("showcase-" + s.projectId())).getElement()
                .getTextRecursively()).contains("标题").doesNotContain(english);
        useLocale(Locale.ENGLISH);
        navigate("showcase");
        assertThat(_get(Div.class, spec -> spec.withId("showcase-" + s.projectId())).getElement()
                .getTextRecursively()).contains(english);
    }

    private static Anchor queueEntry(Judging j) {
        @SuppressWarnings("unchecked")
        Grid<Object> queue = _get(Grid.class, spec -> spec.withId("queue-" + j.round().id()));
        return (Anchor) GridKt._getCellComponent(queue, 0, "entry");
    }
}
