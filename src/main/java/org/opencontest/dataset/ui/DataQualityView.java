package org.opencontest.dataset.ui;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.opencontest.dataset.DatasetPublishing;
import org.opencontest.dataset.internal.DatasetSummary;
import org.opencontest.dataset.issue.DataIssueOverview;
import org.opencontest.dataset.issue.DataIssues;
import org.opencontest.shared.security.Roles;

/**
 * The data owner's view of the feedback on their datasets: per dataset the open and closed issues, the median time
 * from report to fix, and which release fixed what. Loaded page by page like the list of datasets it follows.
 */
@Route("organise/datasets/issues")
@RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
public class DataQualityView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private final transient DatasetPublishing publishing;
    private final transient DataIssues issues;
    private final H1 title = new H1();
    private final Paragraph help = new Paragraph();
    private final Grid<DataIssueOverview> grid = new Grid<>();

    public DataQualityView(DatasetPublishing publishing, DataIssues issues) {
        this.publishing = publishing;
        this.issues = issues;
        setId("data-quality");
        addClassName("page");
        help.addClassName("muted");
        grid.setId("data-quality-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        add(title, help, grid);
        setSizeFull();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        grid.setItems(query -> issues.overview(publishing.myDatasets(query.getOffset(), query.getLimit()).stream()
                        .map(DatasetSummary::id).toList()).stream(),
                query -> (int) publishing.countMyDatasets());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("dataset.quality.title"));
        help.setText(getTranslation("dataset.quality.help"));
        grid.removeAllColumns();
        grid.addComponentColumn(row -> new Anchor("data/" + row.slug(), DatasetTexts.text(row.title())))
                .setFlexGrow(2).setHeader(getTranslation("dataset.field.title"));
        grid.addColumn(DataIssueOverview::open).setHeader(getTranslation("dataset.quality.open"));
        grid.addColumn(DataIssueOverview::closed).setHeader(getTranslation("dataset.quality.closed"));
        grid.addColumn(row -> medianText(row.medianTimeToFix())).setHeader(getTranslation("dataset.quality.median"));
        grid.addColumn(row -> fixesText(row.fixes())).setFlexGrow(3)
                .setHeader(getTranslation("dataset.quality.fixes"));
        grid.setEmptyStateText(getTranslation("dataset.mine.empty"));
    }

    private String medianText(Duration median) {
        if (median == null) {
            return "–";
        }
        return median.toDays() >= 1 ? getTranslation("dataset.quality.days", median.toDays())
                : getTranslation("dataset.quality.hours", median.toHours());
    }

    private String fixesText(List<DataIssueOverview.ReleaseFixes> fixes) {
        if (fixes.isEmpty()) {
            return "–";
        }
        return fixes.stream().map(release -> getTranslation("dataset.page.releaseLabel", release.number(),
                release.label()) + ": " + release.issues().stream().map(issue -> "#" + issue.id() + " " + issue.title())
                .collect(Collectors.joining(", "))).collect(Collectors.joining("; "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dataset.quality.title");
    }
}
