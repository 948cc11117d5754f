package org.opencontest.vote.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

import org.opencontest.contest.ContestPage;
import org.opencontest.vote.internal.PublishedResult;
import org.opencontest.vote.internal.ResultRow;

/** A published people's-choice result: counts after voiding, apart from the jury's awards. */
final class VoteResults {

    private VoteResults() {
    }

    static Div table(ContestPage contest, PublishedResult result) {
        UI ui = UI.getCurrent();
        Div section = new Div(new H3(ui.getTranslation("vote.result.title",
                VoteUi.trackName(contest, result.poll().trackId()))),
                new Paragraph(ui.getTranslation("vote.result.note")));
        section.setId("vote-result-" + result.poll().id());
        section.add(grid(result.rows(), "vote-result-" + result.poll().id() + "-grid"));
        return section;
    }

    /** The counts per entry, for the public result and the organiser's running count alike. */
    static Grid<ResultRow> grid(List<ResultRow> rows, String id) {
        UI ui = UI.getCurrent();
        Grid<ResultRow> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(row -> VoteUi.text(row.title())).setHeader(ui.getTranslation("vote.column.entry"))
                .setKey("entry").setFlexGrow(3);
        grid.addColumn(ResultRow::teamName).setHeader(ui.getTranslation("vote.column.team")).setKey("team");
        grid.addColumn(ResultRow::votes).setHeader(ui.getTranslation("vote.column.votes")).setKey("votes")
                .setAutoWidth(true).setFlexGrow(0);
        // whole titles and team names on a phone, not "Bus Bunc…"
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
