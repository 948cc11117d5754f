package org.opencontest.dataset.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.opencontest.dataset.AccessTier;
import org.opencontest.dataset.internal.CatalogFilters;
import org.opencontest.dataset.internal.CatalogQuery;
import org.opencontest.dataset.internal.ContestRef;
import org.opencontest.dataset.DatasetCatalog;
import org.opencontest.dataset.internal.DatasetSummary;

/** The public open data catalog: search, filters (theme, publisher, format, contest, access tier) and dataset cards. */
@Route("data")
@AnonymousAllowed
@Menu(title = "nav.data", order = 10, icon = "vaadin:database")
public class CatalogView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private static final int SUMMARY_LENGTH = 220;

    private final transient DatasetCatalog catalog;
    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();
    private final TextField search = new TextField();
    private final Select<CatalogFilters.ThemeChoice> theme = new Select<>();
    private final Select<String> publisher = new Select<>();
    private final Select<String> format = new Select<>();
    private final Select<ContestRef> contest = new Select<>();
    private final Select<AccessTier> tier = new Select<>();
    private final Div dcatLinks = new Div();
    private final Span count = new Span();
    private final Div results = new Div();

    public CatalogView(DatasetCatalog catalog) {
        this.catalog = catalog;
        setId("data-catalog");
        addClassName("page");
        intro.addClassName("lead");
        search.setId("catalog-search");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("18em");
        theme.setId("filter-theme");
        publisher.setId("filter-publisher");
        format.setId("filter-format");
        contest.setId("filter-contest");
        tier.setId("filter-tier");
        List.of(theme, publisher, format, contest, tier).forEach(select -> select.setEmptySelectionAllowed(true));
        tier.setItems(AccessTier.values());
        search.addValueChangeListener(event -> refresh());
        theme.addValueChangeListener(event -> refresh());
        publisher.addValueChangeListener(event -> refresh());
        format.addValueChangeListener(event -> refresh());
        contest.addValueChangeListener(event -> refresh());
        tier.addValueChangeListener(event -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, theme, publisher, format, contest, tier);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("catalog-filters");
        dcatLinks.addClassName("muted");
        count.addClassName("muted");
        count.setId("catalog-count");
        results.addClassName("card-grid");
        results.setId("catalog-results");
        add(title, intro, filters, count, results, dcatLinks);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        CatalogFilters choices = catalog.filters();
        theme.setItems(choices.themes());
        publisher.setItems(choices.publishers());
        format.setItems(choices.formats());
        contest.setItems(choices.contests());
        refresh();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("dataset.catalog.title"));
        intro.setText(getTranslation("dataset.catalog.intro"));
        search.setPlaceholder(getTranslation("dataset.catalog.search"));
        search.setAriaLabel(getTranslation("dataset.catalog.search"));
        String any = getTranslation("dataset.catalog.any");
        label(theme, "dataset.field.theme", any);
        label(publisher, "dataset.field.publisherName", any);
        label(format, "dataset.catalog.format", any);
        label(contest, "dataset.catalog.contest", any);
        label(tier, "dataset.field.accessTier", any);
        theme.setItemLabelGenerator(choice -> choice == null ? any : choice.eu() != null
                ? getTranslation(choice.eu().messageKey()) : DatasetTexts.text(choice.label()));
        contest.setItemLabelGenerator(ref -> ref == null ? any : DatasetTexts.text(ref.title()));
        tier.setItemLabelGenerator(value -> value == null ? any : getTranslation(value.messageKey()));
        dcatLinks.removeAll();
        dcatLinks.add(new Span(getTranslation("dataset.catalog.dcat") + " "), apiLink("api/catalog.jsonld", "JSON-LD"),
                new Span(" · "), apiLink("api/catalog.ttl", "Turtle"));
        if (isAttached()) {
            refresh();
        }
    }

    private static <T> void label(Select<T> select, String key, String any) {
        select.setLabel(select.getTranslation(key));
        select.setEmptySelectionCaption(any);
    }

    static Anchor apiLink(String path, String text) {
        Anchor link = new Anchor(path, text);
        link.getElement().setAttribute("router-ignore", true);
        link.setTarget("_blank");
        return link;
    }

    private void refresh() {
        CatalogQuery query = new CatalogQuery(search.getValue(),
                Optional.ofNullable(theme.getValue()).map(CatalogFilters.ThemeChoice::value).orElse(null),
                publisher.getValue(), format.getValue(),
                Optional.ofNullable(contest.getValue()).map(ContestRef::id).orElse(null), tier.getValue());
        List<DatasetSummary> found = catalog.search(query);
        count.setText(getTranslation("dataset.catalog.count", found.size()));
        results.removeAll();
        if (found.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("dataset.catalog.empty"));
            empty.setId("catalog-empty");
            results.add(empty);
        }
        found.forEach(summary -> results.add(card(summary)));
    }

    private Div card(DatasetSummary summary) {
        Anchor titleLink = new Anchor("data/" + summary.slug(), DatasetTexts.text(summary.title()));
        H3 heading = new H3(titleLink);
        String description = DatasetTexts.text(summary.description());
        Paragraph text = new Paragraph(description.length() > SUMMARY_LENGTH
                ? description.substring(0, SUMMARY_LENGTH) + "…" : description);
        Div badges = new Div(DatasetTexts.tierBadge(this, summary.accessTier()),
                DatasetTexts.badge(DatasetTexts.theme(this, summary.theme(), summary.localTheme())));
        summary.formats().forEach(f -> badges.add(DatasetTexts.badge(f, "badge-format")));
        badges.addClassName("badge-row");
        Div facts = new Div();
        facts.addClassName("muted");
        facts.add(new Div(getTranslation("dataset.catalog.publishedBy", summary.publisherName())));
        if (summary.latestRelease() != null) {
            facts.add(new Div(getTranslation("dataset.catalog.latest", summary.latestRelease())));
        }
        summary.contests().forEach(ref -> facts.add(new Div(getTranslation("dataset.catalog.releasedTo",
                DatasetTexts.text(ref.title())))));
        Div card = new Div(heading, badges, text, facts);
        card.addClassNames("card", "dataset-card");
        card.setId("dataset-card-" + summary.slug());
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dataset.catalog.title");
    }
}
