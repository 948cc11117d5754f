package org.opencontest.dataset.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import org.opencontest.dataset.DatasetPage;
import org.opencontest.dataset.issue.DataIssueFilter;
import org.opencontest.dataset.issue.DataIssueView;
import org.opencontest.dataset.issue.DataIssues;
import org.opencontest.shared.security.CurrentUser;

/**
 * The data issues of a dataset on its public page: newest first, loaded page by page, open or closed. Signed-in
 * visitors report one; reporters attach evidence to theirs; the dataset's publishers triage them here.
 */
class DataIssuesSection extends Div {

    private final transient DataIssues issues;
    private final DatasetPage dataset;
    private final Select<DataIssueFilter> filter = new Select<>();
    private final Grid<DataIssueView> grid = new Grid<>();

    DataIssuesSection(DataIssues issues, DatasetPage dataset) {
        this.issues = issues;
        this.dataset = dataset;
        setId("dataset-issues");
        addClassName("dataset-section");
        filter.setId("issue-filter");
        filter.setLabel(getTranslation("dataset.issue.filter"));
        filter.setItems(DataIssueFilter.values());
        filter.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        filter.setValue(DataIssueFilter.OPEN);
        filter.addValueChangeListener(change -> reload());
        HorizontalLayout bar = new HorizontalLayout(filter, reportAction());
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph help = new Paragraph(getTranslation("dataset.issue.help"));
        help.addClassName("muted");
        add(new H2(getTranslation("dataset.issue.title")), help, bar, grid());
        reload();
    }

    private Component reportAction() {
        if (CurrentUser.get().isEmpty()) {
            Anchor signIn = new Anchor("login", getTranslation("dataset.issue.signInToReport"));
            signIn.setId("issue-sign-in");
            return signIn;
        }
        Button report = new Button(getTranslation("dataset.issue.report"), VaadinIcon.BUG.create());
        report.setId("report-issue");
        report.addClickListener(click -> new DataIssueReportDialog(issues, dataset, this::reload).open());
        return report;
    }

    private Grid<DataIssueView> grid() {
        grid.setId("issue-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setPageSize(20);
        grid.addColumn(issue -> "#" + issue.id()).setAutoWidth(true).setFlexGrow(0)
                .setHeader(getTranslation("dataset.issue.number"));
        grid.addColumn(DataIssueView::title).setFlexGrow(3).setHeader(getTranslation("dataset.issue.field.title"));
        grid.addColumn(issue -> getTranslation(issue.kind().messageKey()))
                .setHeader(getTranslation("dataset.issue.field.kind"));
        grid.addComponentColumn(this::status).setHeader(getTranslation("dataset.issue.field.status"));
        grid.addColumn(this::concerns).setHeader(getTranslation("dataset.issue.field.concerns"));
        grid.addColumn(issue -> DatasetTexts.dateTime(issue.createdAt()))
                .setHeader(getTranslation("dataset.issue.field.reported"));
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setEmptyStateText(getTranslation("dataset.issue.empty"));
        return grid;
    }

    void reload() {
        long datasetId = dataset.id();
        DataIssueFilter shown = filter.getValue();
        grid.setItems(query -> issues.list(datasetId, shown, query.getOffset(), query.getLimit()).stream(),
                query -> (int) issues.count(datasetId, shown));
    }

    private Span status(DataIssueView issue) {
        String text = getTranslation(issue.status().messageKey());
        if (issue.fixedInNumber() != null) {
            text += " · " + getTranslation("dataset.issue.inRelease", issue.fixedInNumber(), issue.fixedInLabel());
        }
        Span badge = DatasetTexts.badge(text, issue.status().closed() ? "badge-hidden" : "badge-open");
        badge.setId("issue-status-" + issue.id());
        return badge;
    }

    private String concerns(DataIssueView issue) {
        String release = issue.releaseNumber() == null ? getTranslation("dataset.issue.wholeDataset")
                : getTranslation("dataset.issue.release", issue.releaseNumber());
        return issue.column() == null ? release : release + " · " + issue.column();
    }

    private Component details(DataIssueView issue) {
        Div box = new Div();
        box.setId("issue-details-" + issue.id());
        Paragraph by = new Paragraph(getTranslation("dataset.issue.reportedBy", issue.reporterName(),
                DatasetTexts.dateTime(issue.createdAt())));
        by.addClassName("muted");
        Div description = new Div();
        description.addClassName("markdown");
        description.setId("issue-description-" + issue.id());
        // safe: rendered and sanitised by MarkdownRenderer (escaped input, cleaned with a jsoup safelist)
        description.getElement().setProperty("innerHTML", issue.descriptionHtml());
        box.add(by, description);
        if (issue.reason() != null) {
            box.add(new Paragraph(getTranslation("dataset.issue.reason", issue.reason())));
        }
        if (issue.duplicateOf() != null) {
            box.add(new Paragraph(getTranslation("dataset.issue.duplicateOf", issue.duplicateOf())));
        }
        HorizontalLayout actions = new HorizontalLayout();
        if (issue.mayDownloadEvidence()) {
            Button evidence = new Button(getTranslation("dataset.issue.evidence.download", issue.evidenceName()),
                    VaadinIcon.DOWNLOAD.create());
            evidence.setId("issue-evidence-" + issue.id());
            evidence.addThemeVariants(ButtonVariant.LUMO_SMALL);
            DatasetTexts.onSubmit(evidence, () -> {
                String url = issues.evidenceLink(issue.id()).toString();
                getUI().ifPresent(ui -> ui.getPage().executeJs("window.location.assign($0)", url));
            });
            actions.add(evidence);
        } else if (issue.evidenceName() != null) {
            box.add(new Paragraph(getTranslation("dataset.issue.evidence.private")));
        }
        if (issue.mayAttachEvidence()) {
            actions.add(new DataIssueEvidenceUpload("issue-attach-" + issue.id(),
                    (content, name) -> issues.attachEvidence(issue.id(), content, name), this::reload));
        }
        if (issue.triageable()) {
            Button triage = new Button(getTranslation("dataset.issue.triage"), VaadinIcon.CHECK_SQUARE_O.create());
            triage.setId("issue-triage-" + issue.id());
            triage.addThemeVariants(ButtonVariant.LUMO_SMALL);
            triage.addClickListener(click -> new DataIssueTriageDialog(issues, dataset, issue, this::reload).open());
            actions.add(triage);
        }
        box.add(actions);
        return box;
    }
}
