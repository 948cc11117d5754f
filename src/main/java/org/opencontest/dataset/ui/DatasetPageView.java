package org.opencontest.dataset.ui;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.opencontest.dataset.AccessTier;
import org.opencontest.dataset.DataFileView;
import org.opencontest.dataset.DatasetMetadata;
import org.opencontest.dataset.DatasetPage;
import org.opencontest.dataset.Licence;
import org.opencontest.dataset.ReleaseView;
import org.opencontest.dataset.internal.AccessRefusal;
import org.opencontest.dataset.internal.ContestRef;
import org.opencontest.dataset.DatasetCatalog;
import org.opencontest.dataset.internal.DownloadLink;
import org.opencontest.dataset.issue.DataIssueOverview;
import org.opencontest.dataset.issue.DataIssues;
import org.opencontest.shared.ui.LoadedView;
import org.opencontest.shared.ui.Notices;

/**
 * A dataset's public page: metadata, access and terms, releases with their files (sizes, SHA-256, download), the
 * checksum manifest, and for CSV files the data dictionary and a preview. The service decides what the viewer sees
 * and may download; organisers also see drafts and embargoed releases here. Below the releases: the data issues
 * reported on the dataset, and under a release's changelog the issues it fixed.
 */
@Route("data/:slug")
@AnonymousAllowed
public class DatasetPageView extends LoadedView implements HasDynamicTitle {

    private final transient DatasetCatalog catalog;
    private final transient DataIssues issues;
    private final transient Clock clock;
    private DatasetPage dataset;
    private ReleaseView selected;
    private final Div links = new Div();

    public DatasetPageView(DatasetCatalog catalog, DataIssues issues, Clock clock) {
        this.catalog = catalog;
        this.issues = issues;
        this.clock = clock;
        setId("dataset-page");
        addClassName("page");
        links.setId("download-links");
    }

    @Override
    protected void load(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        dataset = catalog.page(slug);
        selected = dataset.latest().orElse(dataset.releases().isEmpty() ? null : dataset.releases().get(0));
    }

    @Override
    protected void render() {
        DatasetMetadata metadata = dataset.metadata();
        H1 heading = new H1(DatasetTexts.text(metadata.title()));
        heading.setId("dataset-title");
        Div badges = new Div(DatasetTexts.tierBadge(this, metadata.accessTier()),
                DatasetTexts.badge(DatasetTexts.theme(this, metadata.theme(), metadata.localTheme())));
        badges.addClassName("badge-row");
        Paragraph description = new Paragraph(DatasetTexts.text(metadata.description()));
        description.addClassNames("lead", "preserve-lines");
        add(heading, badges, description);
        if (dataset.manageable()) {
            Anchor manage = new Anchor("organise/datasets/" + dataset.id(), getTranslation("dataset.page.manage"));
            manage.setId("dataset-manage");
            add(new Div(manage));
        }
        add(section("dataset-access", "dataset.page.access", access()));
        add(section("dataset-releases", "dataset.page.releases", releases()));
        add(new DataIssuesSection(issues, dataset));
        add(section("dataset-metadata", "dataset.page.metadata", metadataTable(metadata)));
    }

    // ----- access and terms -------------------------------------------------------------------------------------

    private Component access() {
        DatasetMetadata metadata = dataset.metadata();
        Div box = new Div();
        box.addClassNames("card", "dataset-access");
        box.add(new Paragraph(getTranslation("dataset.tier.explain." + metadata.accessTier().name())));
        if (metadata.accessTier() == AccessTier.AGREEMENT || !metadata.terms().isEmpty()) {
            Div terms = new Div(new H3(getTranslation("dataset.page.terms", dataset.termsVersion())));
            terms.setId("terms");
            Paragraph text = new Paragraph(DatasetTexts.text(metadata.terms()));
            text.addClassName("preserve-lines");
            text.setId("terms-text");
            terms.add(text);
            box.add(terms);
        }
        AccessRefusal refusal = dataset.access().refusal();
        if (refusal == AccessRefusal.ACCEPT_TERMS) {
            Button accept = new Button(getTranslation("dataset.page.acceptTerms"), VaadinIcon.CHECK.create());
            accept.setId("accept-terms");
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            DatasetTexts.onSubmit(accept, () -> {
                dataset = catalog.acceptTerms(dataset.id(), dataset.termsVersion());
                Notices.success("dataset.page.termsAccepted");
                refresh();
            });
            box.add(accept);
        } else if (refusal == AccessRefusal.SIGN_IN) {
            Anchor signIn = new Anchor("login", getTranslation("dataset.access.SIGN_IN"));
            signIn.setId("dataset-sign-in");
            box.add(new Paragraph(signIn));
        } else if (refusal != null) {
            Paragraph missing = new Paragraph(getTranslation(refusal.messageKey()));
            missing.setId("dataset-refusal");
            box.add(missing);
        } else if (metadata.accessTier() == AccessTier.AGREEMENT && dataset.access().termsAccepted()) {
            Paragraph accepted = new Paragraph(getTranslation("dataset.page.termsAlreadyAccepted"));
            accepted.setId("terms-accepted");
            box.add(accepted);
        }
        return box;
    }

    // ----- releases and files -----------------------------------------------------------------------------------

    private Component releases() {
        Div container = new Div();
        if (dataset.releases().isEmpty()) {
            container.add(new Paragraph(getTranslation("dataset.page.noReleases")));
            return container;
        }
        Select<ReleaseView> choice = new Select<>();
        choice.setId("release-select");
        choice.setLabel(getTranslation("dataset.page.release"));
        choice.setItems(dataset.releases());
        choice.setItemLabelGenerator(this::releaseLabel);
        choice.setValue(selected);
        choice.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                selected = event.getValue();
                refresh();
            }
        });
        container.add(choice);
        if (selected == null) {
            return container;
        }
        Div facts = new Div();
        facts.addClassName("muted");
        if (selected.publishedAt() != null) {
            facts.add(new Div(getTranslation("dataset.page.publishedAt", DatasetTexts.dateTime(selected.publishedAt()))));
        }
        if (selected.isDraft()) {
            facts.add(new Div(getTranslation("dataset.release.status.DRAFT")));
        } else if (selected.isEmbargoedAt(clock.instant())) {
            Span embargo = DatasetTexts.badge(getTranslation("dataset.page.embargoedUntil",
                    DatasetTexts.dateTime(selected.embargoUntil())), "badge-embargo");
            embargo.setId("embargo-badge");
            facts.add(new Div(embargo));
        }
        container.add(facts);
        if (!selected.changelog().isEmpty()) {
            Paragraph changelog = new Paragraph(DatasetTexts.text(selected.changelog()));
            changelog.addClassName("preserve-lines");
            container.add(changelog);
        }
        container.add(fixes(selected));
        container.add(filesTable(selected), links);
        Anchor sums = CatalogView.apiLink("api/datasets/releases/" + selected.id() + "/SHA256SUMS", "SHA256SUMS");
        sums.setId("sha256sums");
        container.add(new Paragraph(new Span(getTranslation("dataset.page.checksums") + " "), sums));
        for (DataFileView file : selected.files()) {
            if (file.schema() != null) {
                container.add(dictionary(file));
            }
        }
        return container;
    }

    /** The data issues the release fixed: the changelog's link back to what was reported. */
    private Component fixes(ReleaseView release) {
        Div fixes = new Div();
        fixes.setId("release-fixes");
        List<DataIssueOverview.FixedIssue> fixed = issues.fixedIn(release.id());
        if (!fixed.isEmpty()) {
            fixes.add(new Span(getTranslation("dataset.issue.fixedByRelease")));
            fixed.forEach(issue -> fixes.add(new Div("#" + issue.id() + " " + issue.title())));
        }
        return fixes;
    }

    private String releaseLabel(ReleaseView release) {
        String label = getTranslation("dataset.page.releaseLabel", release.number(), release.label());
        return release.latest() ? label + " — " + getTranslation("dataset.page.latest") : label;
    }

    private NativeTable filesTable(ReleaseView release) {
        NativeTable table = new NativeTable();
        table.setId("files-table");
        table.addClassName("data-table");
        table.getHead().addRows(new NativeTableRow(
                new NativeTableHeaderCell(getTranslation("dataset.file.name")),
                new NativeTableHeaderCell(getTranslation("dataset.file.format")),
                new NativeTableHeaderCell(getTranslation("dataset.file.size")),
                new NativeTableHeaderCell("SHA-256"),
                new NativeTableHeaderCell("")));
        for (DataFileView file : release.files()) {
            Span sha = new Span(file.sha256());
            sha.addClassName("checksum");
            sha.setId("sha256-" + file.id());
            Button download = new Button(getTranslation("dataset.page.download"), VaadinIcon.DOWNLOAD.create());
            download.setId("download-" + file.id());
            download.addThemeVariants(ButtonVariant.LUMO_SMALL);
            DatasetTexts.onSubmit(download, () -> download(file));
            NativeTableRow row = new NativeTableRow(new NativeTableCell(file.name()),
                    new NativeTableCell(file.format()), new NativeTableCell(DatasetTexts.size(file.size())),
                    new NativeTableCell(sha), new NativeTableCell(download));
            row.setId("file-" + file.id());
            table.getBody().addRows(row);
        }
        return table;
    }

    /**
     * Asks the service for a presigned link (the access check happens there) and starts the download; the link is
     * also shown, for download managers and scripts, until it expires.
     */
    private void download(DataFileView file) {
        DownloadLink link = catalog.downloadLink(file.id());
        Anchor anchor = new Anchor(link.url().toString(), getTranslation("dataset.page.linkFor", link.fileName()));
        anchor.setId("download-link-" + file.id());
        anchor.getElement().setAttribute("router-ignore", true);
        Span expiry = new Span(" " + getTranslation("dataset.page.linkExpires", DatasetTexts.dateTime(link.expiresAt())));
        expiry.addClassName("muted");
        links.removeAll();
        links.add(new Div(anchor, expiry));
        getUI().ifPresent(ui -> ui.getPage().executeJs("window.location.assign($0)", link.url().toString()));
    }

    private Component dictionary(DataFileView file) {
        Div box = new Div(new H3(getTranslation("dataset.page.dictionary", file.name())));
        box.setId("dictionary-" + file.id());
        box.addClassName("dataset-dictionary");
        if (file.report() != null) {
            box.add(new Paragraph(getTranslation("dataset.page.encoding", file.report().encoding(),
                    delimiterName(file.report().delimiter()), file.report().dataRows())));
        }
        NativeTable fields = new NativeTable();
        fields.addClassName("data-table");
        fields.getHead().addRows(new NativeTableRow(
                new NativeTableHeaderCell(getTranslation("dataset.schema.name")),
                new NativeTableHeaderCell(getTranslation("dataset.schema.type")),
                new NativeTableHeaderCell(getTranslation("dataset.schema.nulls")),
                new NativeTableHeaderCell(getTranslation("dataset.schema.description"))));
        file.schema().fields().forEach(field -> fields.getBody().addRows(new NativeTableRow(
                new NativeTableCell(field.name()), new NativeTableCell(field.type()),
                new NativeTableCell(String.valueOf(field.nullCount())), new NativeTableCell(field.description()))));
        box.add(fields);
        Anchor schema = CatalogView.apiLink("api/datasets/files/" + file.id() + "/schema.json",
                getTranslation("dataset.page.schemaJson"));
        box.add(new Paragraph(schema));
        if (file.preview() != null && !file.preview().rows().isEmpty()) {
            box.add(new H3(getTranslation("dataset.page.preview")), preview(file));
        }
        return box;
    }

    private Component preview(DataFileView file) {
        NativeTable table = new NativeTable();
        table.addClassNames("data-table", "preview-table");
        table.setId("preview-" + file.id());
        table.getHead().addRows(new NativeTableRow(file.preview().header().stream()
                .map(NativeTableHeaderCell::new).toArray(NativeTableHeaderCell[]::new)));
        for (List<String> row : file.preview().rows()) {
            table.getBody().addRows(new NativeTableRow(row.stream().map(NativeTableCell::new)
                    .toArray(NativeTableCell[]::new)));
        }
        Div scroll = new Div(table);
        scroll.addClassName("table-scroll");
        return scroll;
    }

    private String delimiterName(char delimiter) {
        return switch (delimiter) {
            case '\t' -> getTranslation("dataset.delimiter.tab");
            case ';' -> getTranslation("dataset.delimiter.semicolon");
            case '|' -> getTranslation("dataset.delimiter.pipe");
            default -> getTranslation("dataset.delimiter.comma");
        };
    }

    // ----- metadata ---------------------------------------------------------------------------------------------

    private Component metadataTable(DatasetMetadata metadata) {
        NativeTable table = new NativeTable();
        table.addClassName("metadata-table");
        Div publisher = new Div(new Span(metadata.publisherName()));
        if (!metadata.publisherUrl().isEmpty()) {
            publisher.add(new Span(" · "), external(metadata.publisherUrl(), metadata.publisherUrl()));
        }
        if (!metadata.publisherEmail().isEmpty()) {
            publisher.add(new Span(" · "), new Anchor("mailto:" + metadata.publisherEmail(), metadata.publisherEmail()));
        }
        row(table, "dataset.field.publisherName", publisher);
        row(table, "dataset.field.keywords", new Span(String.join(", ", metadata.keywords())));
        row(table, "dataset.field.theme", new Span(DatasetTexts.theme(this, metadata.theme(), metadata.localTheme())));
        Licence licence = metadata.licence();
        row(table, "dataset.field.licence", licence.url() == null ? new Anchor("data/" + metadata.slug() + "#terms",
                getTranslation(licence.messageKey())) : external(licence.url().toString(), getTranslation(licence.messageKey())));
        if (metadata.temporalStart() != null || metadata.temporalEnd() != null) {
            row(table, "dataset.field.temporal", new Span(getTranslation("dataset.page.period",
                    metadata.temporalStart() == null ? "…" : metadata.temporalStart().toString(),
                    metadata.temporalEnd() == null ? "…" : metadata.temporalEnd().toString())));
        }
        if (!metadata.spatial().isEmpty()) {
            row(table, "dataset.field.spatial", new Span(DatasetTexts.text(metadata.spatial())));
        }
        row(table, "dataset.field.frequency", new Span(getTranslation(metadata.frequency().messageKey())));
        if (!metadata.landingPage().isEmpty()) {
            row(table, "dataset.field.landingPage", external(metadata.landingPage(), metadata.landingPage()));
        }
        if (!dataset.contests().isEmpty()) {
            Div contests = new Div();
            for (ContestRef ref : dataset.contests()) {
                contests.add(new Div(new Anchor("contests/" + ref.slug(), DatasetTexts.text(ref.title()))));
            }
            row(table, "dataset.field.contests", contests);
        }
        String slug = metadata.slug();
        row(table, "dataset.page.dcat", new Span(CatalogView.apiLink("api/datasets/" + slug + ".jsonld", "JSON-LD"),
                new Span(" · "), CatalogView.apiLink("api/datasets/" + slug + ".ttl", "Turtle")));
        return table;
    }

    private void row(NativeTable table, String labelKey, Component value) {
        table.getBody().addRows(new NativeTableRow(new NativeTableHeaderCell(getTranslation(labelKey)),
                new NativeTableCell(value)));
    }

    private static Anchor external(String href, String text) {
        Anchor anchor = new Anchor(href, text);
        anchor.setTarget("_blank");
        anchor.getElement().setAttribute("rel", "noopener nofollow");
        return anchor;
    }

    private Div section(String id, String titleKey, Component content) {
        Div section = new Div(new H2(getTranslation(titleKey)), content);
        section.setId(id);
        section.addClassName("dataset-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return dataset == null ? getTranslation("error.notFound.title")
                : dataset.metadata().title().in(getLocale() == null ? Locale.ENGLISH : getLocale());
    }
}
