package org.opencontest.incubation.ui;

import java.io.IOException;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
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
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.opencontest.incubation.internal.ImpactReport;
import org.opencontest.incubation.internal.IncubationReports;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.security.Roles;

/**
 * A contest's impact report: the funnel from entries to companies, jobs and money, each incubated project's outcome
 * and the trace from datasets to the entries that used them. CSV export, and a print layout (the theme's print styles
 * hide the navigation) that sponsors receive as PDF through the browser's "Save as PDF".
 */
@Route("organise/incubation/:contestId/impact")
@RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
public class ImpactReportView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final transient IncubationReports reports;
    private ImpactReport report;

    public ImpactReportView(IncubationReports reports) {
        this.reports = reports;
        setId("impact-report");
        addClassNames("page", "printable");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            report = reports.impact(Long.parseLong(event.getRouteParameters().get("contestId").orElse("")));
        } catch (NotFoundException | NumberFormatException unknownOrForeign) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        if (report == null) {
            return;
        }
        Button print = new Button(getTranslation("incubation.impact.print"), VaadinIcon.PRINT.create(),
                click -> getElement().executeJs("window.print()"));
        print.setId("impact-print");
        Div tools = new Div(print, csv(), new Anchor("organise/incubation/" + report.contestId(),
                getTranslation("incubation.impact.back")));
        tools.addClassNames("no-print", "impact-tools");
        add(new H1(getTranslation("incubation.impact.title", IncubationUi.text(report.contestTitle()))), tools,
                funnel(), new H3(getTranslation("impact.funnel.title")), stageFunnel(),
                new H3(getTranslation("incubation.impact.projects")), outcomes(),
                new H3(getTranslation("incubation.impact.datasets")),
                new Paragraph(getTranslation("incubation.impact.datasetsHelp")), datasets());
    }

    private Div funnel() {
        Div numbers = new Div(figure("impact-entries", "entries", report.entries()),
                figure("impact-awarded", "awarded", report.awarded()),
                figure("impact-incubated", "incubated", report.incubated()),
                figure("impact-adopted", "adopted", report.adopted()),
                figure("impact-companies", "companies", report.companies()),
                figure("impact-jobs", "jobs", report.jobs()),
                figure("impact-funding", "funding", report.funding()),
                figure("impact-revenue", "revenue", report.revenue()),
                figure("impact-introductions", "introductions", report.partnering().introductions()),
                figure("impact-introductions-accepted", "introductionsAccepted", report.partnering().accepted()),
                figure("impact-meetings", "meetings", report.partnering().meetings()),
                figure("impact-partner-funding", "partnerFunding", report.partnering().funding()),
                figure("impact-partner-adoptions", "partnerAdoptions", report.partnering().adoptions()));
        numbers.addClassName("card-grid");
        return numbers;
    }

    /** Registration → each submission stage → the final, one line per step (text, so it prints). */
    private Div stageFunnel() {
        Div steps = new Div();
        steps.setId("impact-stage-funnel");
        steps.add(new Div(getTranslation("impact.funnel.registered") + ": "
                + IncubationUi.number(report.stages().registeredTeams())));
        int last = report.stages().steps().size();
        for (var step : report.stages().steps()) {
            String name = step.name().in(getLocale());
            steps.add(new Div(step.stage() < last
                    ? getTranslation("impact.funnel.stage", name, IncubationUi.number(step.submitted()),
                    IncubationUi.number(step.shortlisted()))
                    : getTranslation("impact.funnel.last", name, IncubationUi.number(step.submitted()))));
        }
        return steps;
    }

    private Div figure(String id, String key, Number value) {
        Span number = new Span(IncubationUi.number(value));
        number.addClassName("stat-figure");
        number.setId(id);
        Div card = new Div(number, new Div(getTranslation("incubation.impact." + key)));
        card.addClassNames("card", "stat-card");
        return card;
    }

    private NativeTable outcomes() {
        NativeTable table = table("impact-outcomes", "project", "team", "award", "stage", "jobs", "funding",
                "revenue", "adoption");
        for (ImpactReport.Outcome outcome : report.projects()) {
            table.getBody().addRows(new NativeTableRow(new NativeTableCell(IncubationUi.text(outcome.title())),
                    new NativeTableCell(outcome.teamName()), new NativeTableCell(IncubationUi.text(outcome.award())),
                    new NativeTableCell(getTranslation(outcome.stage().messageKey())),
                    new NativeTableCell(IncubationUi.number(outcome.jobs())),
                    new NativeTableCell(IncubationUi.number(outcome.funding())),
                    new NativeTableCell(IncubationUi.number(outcome.revenue())),
                    new NativeTableCell(outcome.adoption() == null ? "–"
                            : getTranslation("incubation.adoption." + outcome.adoption()))));
        }
        return table;
    }

    private NativeTable datasets() {
        NativeTable table = table("impact-datasets", "dataset", "declared", "downloaded", "issuesReported",
                "issuesFixed", "outcomes");
        for (ImpactReport.DatasetTrace trace : report.datasets()) {
            String outcomes = trace.outcomes().isEmpty() ? "–" : String.join("; ", trace.outcomes().stream()
                    .map(o -> IncubationUi.text(o.title()) + " (" + getTranslation(o.stage().messageKey()) + ")").toList());
            table.getBody().addRows(new NativeTableRow(new NativeTableCell(IncubationUi.text(trace.dataset())),
                    new NativeTableCell(IncubationUi.number(trace.declared())),
                    new NativeTableCell(IncubationUi.number(trace.downloaded())),
                    new NativeTableCell(IncubationUi.number(trace.issuesReported())),
                    new NativeTableCell(IncubationUi.number(trace.issuesFixed())), new NativeTableCell(outcomes)));
        }
        return table;
    }

    private NativeTable table(String id, String... columns) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("data-table");
        NativeTableRow head = new NativeTableRow();
        for (String column : columns) {
            head.add(new NativeTableHeaderCell(getTranslation("incubation.impact.col." + column)));
        }
        table.getHead().addRows(head);
        return table;
    }

    private Anchor csv() {
        long contestId = report.contestId();
        DownloadHandler handler = download -> {
            download.setFileName("impact-" + contestId + ".csv");
            download.setContentType("text/csv; charset=UTF-8");
            try {
                reports.impactCsv(contestId, download.getOutputStream());
            } catch (RuntimeException e) {
                throw new IOException("Export failed", e);
            }
        };
        Anchor export = new Anchor(handler, getTranslation("incubation.impact.csv"));
        export.setId("impact-csv");
        export.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        return export;
    }

    @Override
    public String getPageTitle() {
        return report == null ? getTranslation("error.notFound.title")
                : getTranslation("incubation.impact.title", IncubationUi.text(report.contestTitle()));
    }
}
