package org.opencontest.evaluation.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestPageSection;
import org.opencontest.evaluation.internal.Leaderboards;
import org.opencontest.evaluation.internal.TrackSettings;

/** The contest page's way to the leaderboard, when the contest has evaluated tracks. */
@org.springframework.stereotype.Component
class ContestLeaderboardSection implements ContestPageSection {

    private final Leaderboards leaderboards;

    ContestLeaderboardSection(Leaderboards leaderboards) {
        this.leaderboards = leaderboards;
    }

    @Override
    public Optional<Component> render(ContestPage contest) {
        List<TrackSettings> metrics = leaderboards.metrics(contest.id());
        if (metrics.isEmpty()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        String names = String.join(", ", metrics.stream()
                .map(track -> MetricTexts.name(ui, track.metric(), track.rankingCutoff()))
                .distinct().toList());
        Anchor link = new Anchor("contests/" + contest.slug() + "/leaderboard",
                ui.getTranslation("evaluation.section.link"));
        link.setId("contest-leaderboard-link");
        Div section = new Div(new H2(ui.getTranslation("evaluation.section.title")),
                new Paragraph(ui.getTranslation("evaluation.section.text", names)), new Paragraph(link));
        section.setId("contest-leaderboard");
        section.addClassName("contest-section");
        return Optional.of(section);
    }
}
