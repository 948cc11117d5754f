package org.opencontest.submission.ui;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestPageSection;
import org.opencontest.submission.internal.StageStanding;
import org.opencontest.submission.internal.StageStandings;

/** The contest page's stages of a staged contest, with where the viewer's team stands in each. */
@org.springframework.stereotype.Component
class ContestStagesSection implements ContestPageSection {

    private final StageStandings standings;
    private final Clock clock;

    ContestStagesSection(StageStandings standings, Clock clock) {
        this.standings = standings;
        this.clock = clock;
    }

    @Override
    public Optional<Component> render(ContestPage contest) {
        List<StageStanding> stages = standings.forCaller(contest.id());
        if (stages.isEmpty()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Div section = new Div(new H2(ui.getTranslation("submission.standing.title")),
                StageStandingList.of(ui, stages, contest.zone(), clock.instant()));
        section.setId("contest-stages");
        section.addClassName("contest-section");
        return Optional.of(section);
    }
}
