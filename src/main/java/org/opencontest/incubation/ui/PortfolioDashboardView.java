package org.opencontest.incubation.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.opencontest.incubation.ProjectSummary;
import org.opencontest.incubation.Stage;
import org.opencontest.incubation.internal.Dashboard;
import org.opencontest.incubation.internal.IncubationReports;
import org.opencontest.incubation.internal.KpiKind;
import org.opencontest.shared.security.Roles;

/**
 * The incubator's dashboard: the funnel of projects by stage, overdue check-ins, and one KPI (chosen) over time per
 * project and summed over the portfolio, from verified check-ins.
 */
@Route("incubation/dashboard")
@RolesAllowed({Roles.INCUBATOR, Roles.ADMIN})
@Menu(title = "nav.incubation.dashboard", order = 61, icon = "vaadin:chart-line")
public class PortfolioDashboardView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final transient IncubationReports reports;
    private final Select<KpiKind> kpi = new Select<>();
    private final Div charts = new Div();
    private Dashboard dashboard;

    public PortfolioDashboardView(IncubationReports reports) {
        this.reports = reports;
        setId("incubation-dashboard");
        addClassName("page");
        kpi.setId("dashboard-kpi");
        kpi.setItems(KpiKind.values());
        kpi.setValue(KpiKind.REVENUE);
        kpi.addValueChangeListener(event -> drawCharts());
        charts.setId("dashboard-charts");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().getPage().addJavaScript(KpiChart.CHART_JS);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        dashboard = reports.dashboard(getTranslation("incubation.dashboard.portfolio"), getLocale());
        kpi.setLabel(getTranslation("incubation.dashboard.kpi"));
        kpi.setItemLabelGenerator(kind -> getTranslation(kind.messageKey()));
        add(new H1(getTranslation("incubation.dashboard.title")),
                new Paragraph(new Anchor("incubation/board", getTranslation("incubation.dashboard.toBoard"))),
                new H3(getTranslation("incubation.dashboard.funnel")), funnel(),
                new H3(getTranslation("incubation.dashboard.overdue")), overdue(),
                new H3(getTranslation("incubation.dashboard.kpis")), kpi, charts);
        drawCharts();
    }

    private Div funnel() {
        Div funnel = new Div();
        funnel.setId("dashboard-funnel");
        funnel.addClassName("funnel");
        long max = Math.max(1, dashboard.funnel().values().stream().mapToLong(Long::longValue).max().orElse(1));
        for (Stage stage : Stage.values()) {
            long count = dashboard.funnel().get(stage);
            Div bar = new Div(new Span(getTranslation(stage.messageKey()) + " · " + count));
            bar.addClassName("funnel-bar");
            bar.getStyle().set("width", (20 + 80 * count / max) + "%");
            bar.setId("funnel-" + stage.name());
            funnel.add(bar);
        }
        return funnel;
    }

    private Div overdue() {
        Div box = new Div();
        box.setId("dashboard-overdue");
        if (dashboard.overdue().isEmpty()) {
            box.add(new Paragraph(getTranslation("incubation.dashboard.noneOverdue")));
            return box;
        }
        UnorderedList list = new UnorderedList();
        for (ProjectSummary project : dashboard.overdue()) {
            list.add(new ListItem(new Anchor("incubation/projects/" + project.id(), IncubationUi.text(project.title())),
                    new Span(" " + getTranslation("incubation.board.overdue", IncubationUi.date(project.nextDue())))));
        }
        box.add(list);
        return box;
    }

    private void drawCharts() {
        charts.removeAll();
        if (dashboard == null) {
            return;
        }
        if (dashboard.projects().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("incubation.dashboard.noFigures"));
            none.setId("dashboard-no-figures");
            charts.add(none);
            return;
        }
        KpiKind kind = kpi.getValue();
        String label = getTranslation(kind.messageKey());
        charts.add(new H3(getTranslation("incubation.dashboard.perProject", label)),
                new KpiChart("kpi-projects-chart", label, kind, dashboard.projects(), false),
                new H3(getTranslation(kind.isFlow() ? "incubation.dashboard.portfolioFlow"
                        : "incubation.dashboard.portfolioLevel", label)),
                new KpiChart("kpi-portfolio-chart", label, kind, List.of(dashboard.portfolio()), true));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("incubation.dashboard.title");
    }
}
