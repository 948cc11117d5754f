package org.opencontest.evaluation.ui;

import java.text.NumberFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import org.opencontest.evaluation.internal.EntryView;

import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.time.DateTimes;
import org.opencontest.shared.ui.ViewerZone;

/** Formatting the evaluation views share, in the viewer's language and zone. */
final class EvaluationUi {

    private EvaluationUi() {
    }

    static Locale locale() {
        return UI.getCurrent().getLocale();
    }

    static String text(LocalizedText text) {
        return text == null ? "" : text.in(locale());
    }

    /** A score with the track's declared number of decimals; empty for none. */
    static String score(Double score, int precision) {
        if (score == null || score.isNaN()) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(precision);
        format.setMaximumFractionDigits(precision);
        return format.format(score);
    }

    static String when(Instant instant) {
        return instant == null ? "" : DateTimes.format(instant, ViewerZone.get(), locale());
    }

    /**
     * Scoring entries in a grid: team (organisers only), version, submitted, status, public score, private score
     * (when shown) and the notes of a failed one.
     */
    static Grid<EntryView> entryGrid(String id, int precision, boolean withTeam, boolean withPrivate,
                                     List<EntryView> entries) {
        UI ui = UI.getCurrent();
        Grid<EntryView> grid = new Grid<>();
        grid.setId(id);
        // a failed file's notes name lines and ids: cut off after a few words they tell the team nothing
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        if (withTeam) {
            grid.addColumn(EntryView::teamName).setHeader(ui.getTranslation("evaluation.entry.team")).setAutoWidth(true);
        }
        grid.addColumn(EntryView::versionNo).setHeader(ui.getTranslation("evaluation.entry.version")).setAutoWidth(true);
        grid.addColumn(entry -> when(entry.submittedAt()))
                .setHeader(ui.getTranslation("evaluation.entry.submitted")).setAutoWidth(true);
        grid.addColumn(entry -> ui.getTranslation("evaluation.status." + entry.status().name())
                        + (entry.late() ? " · " + ui.getTranslation("evaluation.entry.late") : ""))
                .setHeader(ui.getTranslation("evaluation.entry.status")).setAutoWidth(true);
        grid.addColumn(entry -> score(entry.publicScore(), precision))
                .setHeader(ui.getTranslation("evaluation.entry.public")).setAutoWidth(true);
        if (withPrivate) {
            grid.addColumn(entry -> score(entry.privateScore(), precision))
                    .setHeader(ui.getTranslation("evaluation.entry.private")).setAutoWidth(true);
        }
        grid.addColumn(entry -> text(entry.error())).setHeader(ui.getTranslation("evaluation.entry.error"))
                .setFlexGrow(1);
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
