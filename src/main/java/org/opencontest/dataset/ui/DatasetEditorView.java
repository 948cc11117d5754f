package org.opencontest.dataset.ui;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.opencontest.dataset.AccessTier;
import org.opencontest.dataset.DataTheme;
import org.opencontest.dataset.DatasetMetadata;
import org.opencontest.dataset.DatasetPage;
import org.opencontest.dataset.DatasetPublishing;
import org.opencontest.dataset.Licence;
import org.opencontest.dataset.PublisherType;
import org.opencontest.dataset.UpdateFrequency;
import org.opencontest.dataset.internal.ContestRef;
import org.opencontest.dataset.issue.DataIssues;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.ui.Notices;

/**
 * Creating and editing a dataset: description (DCAT-AP metadata, bilingual where it is text), access (tier, terms,
 * contests) and, once saved, its releases and files. Saving quotes the version the editor loaded, so a colleague's
 * save in between is refused instead of overwritten.
 */
@Route("organise/datasets/:id")
@RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
public class DatasetEditorView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final transient DatasetPublishing publishing;
    private DatasetPage dataset;

    private final H1 heading = new H1();
    private final Div links = new Div();
    private final TabSheet tabs = new TabSheet();
    private final Button save = new Button(VaadinIcon.CHECK.create());

    private final TextField slug = field("slug");
    private final TextField titleEn = field("title-en");
    private final TextField titleZh = field("title-zh");
    private final TextArea descriptionEn = area("description-en");
    private final TextArea descriptionZh = area("description-zh");
    private final TextField publisherName = field("publisher-name");
    private final TextField publisherUrl = field("publisher-url");
    private final TextField publisherEmail = field("publisher-email");
    private final Select<PublisherType> publisherType = new Select<>();
    private final TextField keywords = field("keywords");
    private final Select<DataTheme> theme = new Select<>();
    private final TextField localThemeEn = field("local-theme-en");
    private final TextField localThemeZh = field("local-theme-zh");
    private final Select<Licence> licence = new Select<>();
    private final DatePicker temporalStart = new DatePicker();
    private final DatePicker temporalEnd = new DatePicker();
    private final TextField spatialEn = field("spatial-en");
    private final TextField spatialZh = field("spatial-zh");
    private final TextField spatialUri = field("spatial-uri");
    private final Select<UpdateFrequency> frequency = new Select<>();
    private final TextField landingPage = field("landing-page");
    private final RadioButtonGroup<AccessTier> tier = new RadioButtonGroup<>();
    private final TextArea termsEn = area("terms-en");
    private final TextArea termsZh = area("terms-zh");
    private final MultiSelectComboBox<ContestRef> contests = new MultiSelectComboBox<>();
    private final Paragraph termsNote = new Paragraph();
    private final ReleaseEditor releases;
    private final FormLayout description = new FormLayout();
    private final FormLayout access = new FormLayout();

    public DatasetEditorView(DatasetPublishing publishing, DataIssues issues, Clock clock) {
        this.publishing = publishing;
        this.releases = new ReleaseEditor(publishing, issues, () -> dataset, this::reload, clock);
        setId("dataset-editor");
        addClassName("page");
        publisherType.setId("publisher-type");
        publisherType.setItems(PublisherType.values());
        publisherType.setEmptySelectionAllowed(true);
        theme.setId("theme");
        theme.setItems(DataTheme.values());
        licence.setId("licence");
        licence.setItems(Licence.values());
        frequency.setId("frequency");
        frequency.setItems(UpdateFrequency.values());
        temporalStart.setId("temporal-start");
        temporalEnd.setId("temporal-end");
        tier.setId("access-tier");
        tier.setItems(AccessTier.values());
        contests.setId("contests");
        contests.setItemLabelGenerator(ref -> DatasetTexts.text(ref.title()));
        termsNote.addClassName("muted");
        description.add(slug, new Div(), titleEn, titleZh, descriptionEn, descriptionZh, publisherName, publisherUrl,
                publisherEmail, publisherType, keywords, theme, licence, frequency, localThemeEn, localThemeZh,
                temporalStart, temporalEnd, spatialEn, spatialZh, spatialUri, landingPage);
        access.add(tier, contests, termsEn, termsZh);
        access.setColspan(tier, 2);
        access.setColspan(contests, 2);
        save.setId("dataset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        DatasetTexts.onSubmit(save, this::save);
        tabs.setWidthFull();
        links.addClassName("muted");
        HorizontalLayout header = new HorizontalLayout(heading, links);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header, tabs);
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }

    private static TextArea area(String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setMaxHeight("14em");
        return area;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("new");
        try {
            dataset = "new".equals(id) ? null : publishing.edit(Long.parseLong(id));
        } catch (NotFoundException | NumberFormatException unknownOrForeign) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        contests.setItems(publishing.releasableContests());
        fill();
        buildTabs();
        releases.refresh();
    }

    private void buildTabs() {
        while (tabs.getTabCount() > 0) {
            tabs.remove(0);
        }
        tabs.add(getTranslation("dataset.editor.tab.description"), new Div(description, save));
        tabs.add(getTranslation("dataset.editor.tab.access"), new Div(access, termsNote, saveCopy()));
        if (dataset != null) {
            tabs.add(getTranslation("dataset.editor.tab.releases"), releases);
        }
        for (int i = 0; i < tabs.getTabCount(); i++) {
            tabs.getTabAt(i).setId("tab-" + List.of("description", "access", "releases").get(i));
        }
    }

    /** The access tab has its own save button (the same action), so nobody has to switch tabs to save. */
    private Button saveCopy() {
        Button button = new Button(getTranslation("dataset.editor.save"), VaadinIcon.CHECK.create());
        button.setId("dataset-save-access");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        DatasetTexts.onSubmit(button, this::save);
        return button;
    }

    private void fill() {
        DatasetMetadata m = dataset == null ? null : dataset.metadata();
        slug.setValue(m == null ? "" : m.slug());
        titleEn.setValue(m == null ? "" : m.title().en());
        titleZh.setValue(m == null ? "" : m.title().zh());
        descriptionEn.setValue(m == null ? "" : m.description().en());
        descriptionZh.setValue(m == null ? "" : m.description().zh());
        publisherName.setValue(m == null ? "" : m.publisherName());
        publisherUrl.setValue(m == null ? "" : m.publisherUrl());
        publisherEmail.setValue(m == null ? "" : m.publisherEmail());
        publisherType.setValue(m == null ? null : m.publisherType());
        keywords.setValue(m == null ? "" : String.join(", ", m.keywords()));
        theme.setValue(m == null ? DataTheme.TRAN : m.theme());
        localThemeEn.setValue(m == null ? "" : m.localTheme().en());
        localThemeZh.setValue(m == null ? "" : m.localTheme().zh());
        licence.setValue(m == null ? Licence.CC_BY_4_0 : m.licence());
        temporalStart.setValue(m == null ? null : m.temporalStart());
        temporalEnd.setValue(m == null ? null : m.temporalEnd());
        spatialEn.setValue(m == null ? "" : m.spatial().en());
        spatialZh.setValue(m == null ? "" : m.spatial().zh());
        spatialUri.setValue(m == null ? "" : m.spatialUri());
        frequency.setValue(m == null ? UpdateFrequency.IRREG : m.frequency());
        landingPage.setValue(m == null ? "" : m.landingPage());
        tier.setValue(m == null ? AccessTier.OPEN : m.accessTier());
        termsEn.setValue(m == null ? "" : m.terms().en());
        termsZh.setValue(m == null ? "" : m.terms().zh());
        Set<Long> linked = m == null ? Set.of() : m.contestIds();
        contests.setValue(contests.getListDataView().getItems().filter(ref -> linked.contains(ref.id()))
                .collect(Collectors.toSet()));
        applyTexts();
    }

    private DatasetMetadata metadata() {
        Set<Long> contestIds = new HashSet<>();
        contests.getValue().forEach(ref -> contestIds.add(ref.id()));
        if (dataset != null) {
            // links to contests the editor cannot offer (another organiser's) stay as they are
            Set<Long> offered = contests.getListDataView().getItems().map(ContestRef::id).collect(Collectors.toSet());
            dataset.metadata().contestIds().stream().filter(id -> !offered.contains(id)).forEach(contestIds::add);
        }
        return new DatasetMetadata(slug.getValue(), new LocalizedText(titleEn.getValue(), titleZh.getValue()),
                new LocalizedText(descriptionEn.getValue(), descriptionZh.getValue()), publisherName.getValue(),
                publisherUrl.getValue(), publisherEmail.getValue(), publisherType.getValue(),
                Arrays.stream(keywords.getValue().split("[,，]")).map(String::strip).filter(k -> !k.isEmpty()).toList(),
                theme.getValue(), new LocalizedText(localThemeEn.getValue(), localThemeZh.getValue()),
                licence.getValue(), temporalStart.getValue(), temporalEnd.getValue(),
                new LocalizedText(spatialEn.getValue(), spatialZh.getValue()), spatialUri.getValue(),
                frequency.getValue(),
                landingPage.getValue(), contestIds, tier.getValue(),
                new LocalizedText(termsEn.getValue(), termsZh.getValue()));
    }

    private void save() {
        boolean created = dataset == null;
        dataset = created ? publishing.create(metadata())
                : publishing.update(dataset.id(), dataset.version(), metadata());
        Notices.success("dataset.editor.saved");
        if (created) {
            getUI().ifPresent(ui -> ui.navigate("organise/datasets/" + dataset.id()));
        } else {
            fill();
            releases.refresh();
        }
    }

    private void reload() {
        dataset = publishing.edit(dataset.id());
        applyTexts();
        releases.refresh();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        applyTexts();
        buildTabs();
        releases.refresh();
    }

    private void applyTexts() {
        heading.setText(dataset == null ? getTranslation("dataset.editor.new")
                : DatasetTexts.text(dataset.metadata().title()));
        links.removeAll();
        if (dataset != null) {
            Anchor page = new Anchor("data/" + dataset.metadata().slug(), getTranslation("dataset.editor.viewPage"));
            page.setId("dataset-public-page");
            Anchor stats = new Anchor("organise/datasets/" + dataset.id() + "/stats", getTranslation("dataset.mine.stats"));
            stats.setId("dataset-stats-link");
            links.add(page, new Span(" · "), stats);
        }
        slug.setLabel(getTranslation("dataset.field.slug"));
        slug.setHelperText(getTranslation("dataset.editor.slugHelp"));
        bilingual(titleEn, titleZh, "dataset.field.title");
        bilingual(descriptionEn, descriptionZh, "dataset.field.description");
        publisherName.setLabel(getTranslation("dataset.field.publisherName"));
        publisherUrl.setLabel(getTranslation("dataset.field.publisherUrl"));
        publisherEmail.setLabel(getTranslation("dataset.field.publisherEmail"));
        publisherType.setLabel(getTranslation("dataset.field.publisherType"));
        publisherType.setEmptySelectionCaption(getTranslation("dataset.publisherType.none"));
        publisherType.setItemLabelGenerator(value -> value == null ? getTranslation("dataset.publisherType.none")
                : getTranslation(value.messageKey()));
        keywords.setLabel(getTranslation("dataset.field.keywords"));
        keywords.setHelperText(getTranslation("dataset.editor.keywordsHelp"));
        theme.setLabel(getTranslation("dataset.field.theme"));
        theme.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        bilingual(localThemeEn, localThemeZh, "dataset.field.localTheme");
        licence.setLabel(getTranslation("dataset.field.licence"));
        licence.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        temporalStart.setLabel(getTranslation("dataset.field.temporalStart"));
        temporalEnd.setLabel(getTranslation("dataset.field.temporalEnd"));
        bilingual(spatialEn, spatialZh, "dataset.field.spatial");
        spatialUri.setLabel(getTranslation("dataset.field.spatialUri"));
        spatialUri.setHelperText(getTranslation("dataset.editor.spatialUriHelp"));
        frequency.setLabel(getTranslation("dataset.field.frequency"));
        frequency.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        landingPage.setLabel(getTranslation("dataset.field.landingPage"));
        tier.setLabel(getTranslation("dataset.field.accessTier"));
        tier.setItemLabelGenerator(value -> getTranslation(value.messageKey()) + " — "
                + getTranslation("dataset.tier.explain." + value.name()));
        contests.setLabel(getTranslation("dataset.field.contests"));
        contests.setHelperText(getTranslation("dataset.editor.contestsHelp"));
        bilingual(termsEn, termsZh, "dataset.field.terms");
        termsNote.setText(dataset == null ? getTranslation("dataset.editor.termsNote")
                : getTranslation("dataset.editor.termsVersion", dataset.termsVersion()));
        save.setText(getTranslation("dataset.editor.save"));
    }

    private void bilingual(HasLabel en, HasLabel zh, String key) {
        String label = getTranslation(key);
        en.setLabel(getTranslation("label.english", label));
        zh.setLabel(getTranslation("label.chinese", label));
    }

    @Override
    public String getPageTitle() {
        return dataset == null ? getTranslation("dataset.editor.new") : DatasetTexts.text(dataset.metadata().title());
    }
}
