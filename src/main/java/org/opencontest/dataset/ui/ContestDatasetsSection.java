package org.opencontest.dataset.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestPageSection;
import org.opencontest.dataset.AccessTier;
import org.opencontest.dataset.internal.ContestDatasetAccess;
import org.opencontest.dataset.internal.ContestDatasets;
import org.opencontest.shared.time.ZoneDisplay;

/** The contest page's list of the contest's datasets, each with what the viewer may do with it. */
@org.springframework.stereotype.Component
class ContestDatasetsSection implements ContestPageSection {

    private final ContestDatasets datasets;

    ContestDatasetsSection(ContestDatasets datasets) {
        this.datasets = datasets;
    }

    @Override
    public Optional<Component> render(ContestPage contest) {
        List<ContestDatasetAccess> rows = datasets.forViewer(contest.id());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Div section = new Div(new H2(ui.getTranslation("dataset.contestSection.title")));
        section.setId("contest-datasets");
        section.addClassName("contest-section");
        for (ContestDatasetAccess dataset : rows) {
            Span tier = new Span(ui.getTranslation(dataset.tier().messageKey()));
            tier.getElement().getThemeList().add("badge");
            Span state = new Span(state(ui, dataset, contest));
            state.addClassName("muted");
            Div row = new Div(new Anchor("data/" + dataset.slug(), DatasetTexts.text(dataset.title())), tier, state);
            row.setId("contest-dataset-" + dataset.slug());
            row.addClassName("contest-dataset");
            section.add(row);
        }
        return Optional.of(section);
    }

    /** Open, granted, what is missing, or embargoed until a time in the contest's zone and the viewer's. */
    private static String state(UI ui, ContestDatasetAccess dataset, ContestPage contest) {
        if (dataset.embargoed()) {
            return ui.getTranslation("dataset.contestSection.embargoed", String.join(" / ", ZoneDisplay.format(
                    dataset.embargoedUntil(), contest.zone(), DatasetTexts.zone(), DatasetTexts.locale())));
        }
        if (dataset.refusal() == null) {
            return ui.getTranslation(dataset.tier() == AccessTier.OPEN ? "dataset.contestSection.open"
                    : "dataset.contestSection.granted");
        }
        // signed out or not: what a team-only dataset needs is an approved team
        return ui.getTranslation(dataset.tier() == AccessTier.TEAM_ONLY ? "dataset.contestSection.teamOnly"
                : "dataset.contestSection." + dataset.refusal().name());
    }
}
