package org.opencontest.dataset.ui;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import elemental.json.Json;
import elemental.json.JsonArray;

import org.opencontest.dataset.DatasetPage;
import org.opencontest.dataset.DatasetPublishing;
import org.opencontest.dataset.internal.DatasetStatistics;
import org.opencontest.dataset.internal.DownloadStatistics;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.ui.ChartTable;

/**
 * Download statistics of one dataset for its organisers: issued links per day as a chart (chart.js, loaded from its
 * WebJar at runtime) with the same figures as a table, distinct users and teams, which team took which release, and the full record as CSV.
 */
@Route("organise/datasets/:id/stats")
@RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
public class DatasetStatsView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String CHART_JS = "context://webjars/chart.js/4.5.1/dist/chart.umd.min.js";

    /** Waits for chart.js (loaded asynchronously), then draws; a redraw replaces the previous chart. */
    private static final String DRAW_SCRIPT = """
            const canvas = this;
            const draw = () => {
              if (!window.Chart) { setTimeout(draw, 100); return; }
              if (canvas.__chart) { canvas.__chart.destroy(); }
              canvas.__chart = new Chart(canvas, {
                type: 'bar',
                data: { labels: $0, datasets: [{ label: $1, data: $2, backgroundColor: 'hsla(196, 80%, 32%, 0.7)' }] },
                options: { animation: false, responsive: true, maintainAspectRatio: false,
                           scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
              });
              canvas.dataset.drawn = 'true';
            };
            draw();
            """;

    private final transient DatasetPublishing publishing;
    private final transient DownloadStatistics downloads;
    private DatasetPage dataset;
    private DatasetStatistics statistics;

    public DatasetStatsView(DatasetPublishing publishing, DownloadStatistics downloads) {
        this.publishing = publishing;
        this.downloads = downloads;
        setId("dataset-stats");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            dataset = publishing.edit(id);
            statistics = downloads.statistics(id, DatasetTexts.zone());
        } catch (NotFoundException | NumberFormatException unknownOrForeign) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().getPage().addJavaScript(CHART_JS);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        if (dataset == null) {
            return;
        }
        H1 title = new H1(getTranslation("dataset.stats.title", DatasetTexts.text(dataset.metadata().title())));
        Div numbers = new Div(number("stats-downloads", "dataset.stats.downloads", statistics.downloads()),
                number("stats-users", "dataset.stats.users", statistics.distinctUsers()),
                number("stats-teams", "dataset.stats.teams", statistics.distinctTeams()));
        numbers.addClassName("card-grid");
        add(title, numbers, new H3(getTranslation("dataset.stats.perDay")), chart(), csvExport(),
                new H3(getTranslation("dataset.stats.teamReleases")), teamReleases(),
                new Paragraph(new Anchor("organise/datasets/" + dataset.id(), getTranslation("dataset.stats.back"))));
    }

    private Div number(String id, String key, long value) {
        Span figure = new Span(String.valueOf(value));
        figure.addClassName("stat-figure");
        figure.setId(id);
        Div card = new Div(figure, new Div(getTranslation(key)));
        card.addClassNames("card", "stat-card");
        return card;
    }

    private Div chart() {
        Div box = new Div();
        box.addClassName("chart-box");
        if (statistics.perDay().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("dataset.stats.none"));
            none.setId("stats-none");
            box.add(none);
            return box;
        }
        Element canvas = new Element("canvas");
        canvas.setAttribute("id", "downloads-chart");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", getTranslation("dataset.stats.perDay"));
        box.getElement().appendChild(canvas);
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(DatasetTexts.locale());
        JsonArray labels = Json.createArray();
        JsonArray values = Json.createArray();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < statistics.perDay().size(); i++) {
            DatasetStatistics.DayCount day = statistics.perDay().get(i);
            labels.set(i, format.format(day.day()));
            values.set(i, day.downloads());
            rows.add(List.of(format.format(day.day()), String.valueOf(day.downloads())));
        }
        canvas.executeJs(DRAW_SCRIPT, labels, getTranslation("dataset.stats.downloads"), values);
        return new Div(box, new ChartTable("downloads-table",
                List.of(getTranslation("dataset.stats.day"), getTranslation("dataset.stats.downloads")), rows));
    }

    private NativeTable teamReleases() {
        NativeTable table = new NativeTable();
        table.setId("team-releases");
        table.addClassName("data-table");
        table.getHead().addRows(new NativeTableRow(
                new NativeTableHeaderCell(getTranslation("dataset.stats.team")),
                new NativeTableHeaderCell(getTranslation("dataset.page.release")),
                new NativeTableHeaderCell(getTranslation("dataset.stats.downloads")),
                new NativeTableHeaderCell(getTranslation("dataset.stats.users"))));
        if (statistics.teamReleases().isEmpty()) {
            NativeTableCell none = new NativeTableCell(getTranslation("dataset.stats.noTeams"));
            none.getElement().setAttribute("colspan", "4");
            table.getBody().addRows(new NativeTableRow(none));
        }
        statistics.teamReleases().forEach(row -> table.getBody().addRows(new NativeTableRow(
                new NativeTableCell(row.team()),
                new NativeTableCell(getTranslation("dataset.page.releaseLabel", row.releaseNumber(), row.releaseLabel())),
                new NativeTableCell(String.valueOf(row.downloads())),
                new NativeTableCell(String.valueOf(row.users())))));
        return table;
    }

    /** The record of issued links as CSV, written by the service straight into the response. */
    private Anchor csvExport() {
        long id = dataset.id();
        DownloadHandler handler = download -> {
            download.setFileName(dataset.metadata().slug() + "-downloads.csv");
            download.setContentType("text/csv; charset=UTF-8");
            try {
                downloads.exportDownloads(id, download.getOutputStream());
            } catch (RuntimeException e) {
                throw new IOException("Export failed", e);
            }
        };
        Anchor export = new Anchor(handler, getTranslation("dataset.stats.export"));
        export.setId("export-downloads");
        export.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        return export;
    }

    @Override
    public String getPageTitle() {
        return dataset == null ? getTranslation("error.notFound.title")
                : getTranslation("dataset.stats.title", DatasetTexts.text(dataset.metadata().title()));
    }
}
