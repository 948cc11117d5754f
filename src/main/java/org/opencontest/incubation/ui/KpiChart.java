package org.opencontest.incubation.ui;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import org.opencontest.incubation.internal.KpiKind;
import org.opencontest.incubation.internal.KpiSeries;
import org.opencontest.shared.ui.ChartTable;

/**
 * A chart.js line chart of one KPI over time (chart.js from its WebJar, loaded by the view with
 * {@code Page.addJavaScript}) and the same figures as a table below it (a month per row, a series per column).
 * Each series is a line; months without a figure are gaps. The figures are also in the canvas'
 * {@code data-values} attribute, so tests can read what is drawn.
 */
final class KpiChart extends Div {

    static final String CHART_JS = "context://webjars/chart.js/4.5.1/dist/chart.umd.min.js";

    private static final String DRAW_SCRIPT = """
            const canvas = this;
            const draw = () => {
              if (!window.Chart) { setTimeout(draw, 100); return; }
              if (canvas.__chart) { canvas.__chart.destroy(); }
              canvas.__chart = new Chart(canvas, {
                type: $2,
                data: { labels: $0, datasets: $1 },
                options: { animation: false, responsive: true, maintainAspectRatio: false, spanGaps: true,
                           scales: { y: { beginAtZero: true } } }
              });
              canvas.dataset.drawn = 'true';
            };
            draw();
            """;
    private static final String[] COLOURS = {"hsla(196, 80%, 32%, 0.8)", "hsla(14, 80%, 45%, 0.8)",
        "hsla(140, 60%, 32%, 0.8)", "hsla(270, 50%, 45%, 0.8)", "hsla(45, 90%, 40%, 0.8)", "hsla(330, 60%, 45%, 0.8)"};

    KpiChart(String id, String label, KpiKind kind, List<KpiSeries> series, boolean bars) {
        Div box = new Div();
        box.addClassName("chart-box");
        Element canvas = new Element("canvas");
        canvas.setAttribute("id", id);
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", label);
        box.getElement().appendChild(canvas);
        TreeSet<YearMonth> months = new TreeSet<>();
        series.forEach(s -> s.points().forEach(point -> months.add(point.month())));
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM");
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        JsonArray labels = Json.createArray();
        List<List<String>> rows = new ArrayList<>();
        int i = 0;
        for (YearMonth month : months) {
            labels.set(i++, format.format(month));
            rows.add(new ArrayList<>(List.of(format.format(month))));
        }
        List<String> headers = new ArrayList<>(List.of(getTranslation("incubation.dashboard.month")));
        JsonArray datasets = Json.createArray();
        StringBuilder values = new StringBuilder();
        for (int s = 0; s < series.size(); s++) {
            Map<YearMonth, Double> byMonth = series.get(s).points().stream().collect(Collectors.toMap(
                    KpiSeries.Point::month, point -> kind.of(point.kpis()).doubleValue(), (a, b) -> b));
            headers.add(series.get(s).label());
            JsonArray data = Json.createArray();
            int m = 0;
            for (YearMonth month : months) {
                Double value = byMonth.get(month);
                rows.get(m).add(value == null ? "" : number.format(value));
                if (value == null) {
                    data.set(m++, Json.createNull());
                } else {
                    data.set(m++, value);
                    values.append(series.get(s).label()).append('=').append(value).append(';');
                }
            }
            JsonObject dataset = Json.createObject();
            dataset.put("label", series.get(s).label());
            dataset.put("data", data);
            dataset.put("borderColor", COLOURS[s % COLOURS.length]);
            dataset.put("backgroundColor", COLOURS[s % COLOURS.length]);
            datasets.set(s, dataset);
        }
        canvas.setAttribute("data-values", values.toString());
        canvas.executeJs(DRAW_SCRIPT, labels, datasets, bars ? "bar" : "line");
        add(box, new ChartTable(id + "-table", headers, rows));
    }
}
