package org.opencontest.dataset.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.opencontest.dataset.DatasetPublishing;
import org.opencontest.dataset.internal.DatasetSummary;
import org.opencontest.shared.security.Roles;

/**
 * The datasets an organiser manages (all for administrators), with links to edit, statistics and the public page.
 * The grid loads them page by page: an administrator sees every dataset of the installation.
 */
@Route("organise/datasets")
@RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
@Menu(title = "nav.datasets", order = 51, icon = "vaadin:database")
public class MyDatasetsView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private final transient DatasetPublishing publishing;
    private final H1 title = new H1();
    private final Button create = new Button(VaadinIcon.PLUS.create());
    private final Anchor quality = new Anchor("organise/datasets/issues");
    private final Grid<DatasetSummary> grid = new Grid<>();

    public MyDatasetsView(DatasetPublishing publishing) {
        this.publishing = publishing;
        setId("my-datasets");
        addClassName("page");
        create.setId("new-dataset");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate("organise/datasets/new")));
        quality.setId("data-quality-link");
        HorizontalLayout header = new HorizontalLayout(title, quality, create);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.expand(title);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        add(header, grid);
        setSizeFull();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        grid.setItems(query -> publishing.myDatasets(query.getOffset(), query.getLimit()).stream(),
                query -> (int) publishing.countMyDatasets());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("dataset.mine.title"));
        create.setText(getTranslation("dataset.mine.new"));
        quality.setText(getTranslation("dataset.quality.link"));
        grid.removeAllColumns();
        grid.addColumn(summary -> DatasetTexts.text(summary.title())).setFlexGrow(3)
                .setHeader(getTranslation("dataset.field.title"));
        grid.addColumn(summary -> getTranslation(summary.accessTier().messageKey()))
                .setHeader(getTranslation("dataset.field.accessTier"));
        grid.addComponentColumn(this::state).setHeader(getTranslation("dataset.mine.state"));
        grid.addColumn(summary -> summary.latestRelease() == null ? "" : summary.latestRelease())
                .setHeader(getTranslation("dataset.mine.latest"));
        grid.addColumn(summary -> DatasetTexts.dateTime(summary.updatedAt())).setFlexGrow(2)
                .setHeader(getTranslation("dataset.mine.updated"));
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("dataset.mine.empty"));
    }

    private Span state(DatasetSummary summary) {
        return DatasetTexts.badge(getTranslation(summary.visible() ? "dataset.mine.public" : "dataset.mine.notPublic"),
                summary.visible() ? "badge-open" : "badge-hidden");
    }

    private HorizontalLayout actions(DatasetSummary summary) {
        Anchor edit = new Anchor("organise/datasets/" + summary.id(), getTranslation("dataset.mine.edit"));
        edit.setId("edit-" + summary.slug());
        Anchor stats = new Anchor("organise/datasets/" + summary.id() + "/stats", getTranslation("dataset.mine.stats"));
        stats.setId("stats-" + summary.slug());
        Anchor view = new Anchor("data/" + summary.slug(), getTranslation("dataset.mine.view"));
        HorizontalLayout actions = new HorizontalLayout(edit, stats, view);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        return actions;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dataset.mine.title");
    }
}
