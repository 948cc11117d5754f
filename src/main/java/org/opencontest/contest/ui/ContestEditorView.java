package org.opencontest.contest.ui;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BindingValidationStatus;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import org.opencontest.contest.internal.ContestCloning;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestInput;
import org.opencontest.contest.ContestRules;
import org.opencontest.contest.ContestService;
import org.opencontest.contest.ContestStatus;
import org.opencontest.contest.Timeline;
import org.opencontest.contest.TimelineChangeNote;
import org.opencontest.contest.internal.TimelineChangePreview;
import org.opencontest.contest.internal.TimelineViolation;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.text.MarkdownRenderer;
import org.opencontest.shared.ui.ConfirmAction;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;

/**
 * Creates and edits a contest ({@code organise/contests/new} or {@code organise/contests/<id>}): basics, bilingual
 * texts with markdown preview, tracks and prizes ({@link TracksAndPrizes}), the timeline ({@link TimelineSection}),
 * the cover image ({@link CoverEditor}), and the publish/archive lifecycle. The id in
 * the URL grants nothing: the service loads only contests the caller owns (or any, for administrators).
 */
@Route("organise/contests/:id")
@RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
public class ContestEditorView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver,
        HasDynamicTitle {

    static final String NEW = "new";

    private final transient ContestService contests;
    private final transient ContestCloning cloning;
    private final Translations texts = new Translations(this);
    private final Binder<EditorForm> binder = new Binder<>();
    private EditorForm form = new EditorForm();
    private volatile ContestEditState state;

    private final H1 heading = new H1();
    private final Span status = new Span();
    private final Button save = new Button(VaadinIcon.CHECK.create());
    private final Button publish = new Button(VaadinIcon.GLOBE.create());
    private final Button archive = new Button(VaadinIcon.ARCHIVE.create());
    private final Button cloneContest = new Button(VaadinIcon.COPY.create());
    private final Anchor publicPage = new Anchor();
    /** The submission module's stage editor, by route: the contest module cannot depend on its views. */
    private final Anchor stagesPage = new Anchor();
    private final TabSheet tabs = new TabSheet();
    private final Map<Component, Tab> tabByContent = new HashMap<>();

    private final ComboBox<ZoneId> zone = new ComboBox<>();
    private final TracksAndPrizes tracksAndPrizes = new TracksAndPrizes(texts);
    private final TimelineSection timeline = new TimelineSection();
    private final ContestFormFields fields;
    private final CoverEditor cover;

    public ContestEditorView(ContestService contests, ContestCloning cloning, MarkdownRenderer markdown) {
        this.contests = contests;
        this.cloning = cloning;
        this.fields = new ContestFormFields(this, texts, binder, markdown);
        this.cover = new CoverEditor(contests, () -> state, this::afterCoverChange);
        setId("contest-editor");
        addClassName("page");

        addTab("contest.editor.tab.basics", basics());
        addTab("contest.editor.tab.texts", textsTab());
        addTab("contest.editor.tab.tracks", tracksAndPrizes.tracksTab());
        addTab("contest.editor.tab.prizes", tracksAndPrizes.prizesTab());
        addTab("contest.editor.tab.timeline", timeline);
        addTab("contest.editor.tab.cover", cover);
        tabs.setWidthFull();
        tabs.setId("contest-editor-tabs");
        add(header(), tabs);
    }

    // ----- layout -----------------------------------------------------------------------------------------------

    private Component header() {
        save.setId("contest-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(save, this::save);
        publish.setId("contest-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        publish.addClickListener(click -> confirm("contest.editor.publishConfirm", "contest.editor.publish",
                this::saveAndPublish));
        archive.setId("contest-archive");
        archive.addClickListener(click -> ConfirmAction.irreversible("contest.editor.archiveConfirm", this::archive)
                .ask());
        texts.bind(save, Button::setText, "contest.editor.save");
        texts.bind(publish, Button::setText, "contest.editor.publish");
        texts.bind(archive, Button::setText, "contest.editor.archive");
        cloneContest.setId("contest-clone");
        cloneContest.addClickListener(click -> askClone());
        texts.bind(cloneContest, Button::setText, "contest.clone.button");
        texts.bind(publicPage, Anchor::setText, "contest.editor.viewPage");
        publicPage.setId("contest-public-page");
        texts.bind(stagesPage, Anchor::setText, "contest.editor.stages");
        stagesPage.setId("contest-stages-page");
        Anchor back = texts.bind(new Anchor("organise"), Anchor::setText, "contest.editor.back");
        status.addClassName("badge-phase");
        status.setId("contest-status-badge");
        heading.setId("contest-editor-heading");

        HorizontalLayout actions = new HorizontalLayout(save, publish, archive, cloneContest, publicPage,
                stagesPage);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);
        HorizontalLayout title = new HorizontalLayout(heading, status);
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        return new Div(back, title, actions);
    }

    private Component basics() {
        TextField slug = fields.textField("slug", "contest.field.slug", ContestRules.SLUG_MAX);
        texts.bind(slug, TextField::setHelperText, "contest.editor.slugHelp");
        binder.forField(slug)
                .withValidator(value -> value == null || value.isBlank() || ContestRules.isValidSlug(value),
                        context -> getTranslation("contest.error.slug", getTranslation("contest.field.slug")))
                .bind(f -> f.slug, (f, v) -> f.slug = v);
        TextField themeEn = fields.textField("theme-en", "contest.field.themeEn", ContestRules.THEME_MAX);
        TextField themeZh = fields.textField("theme-zh", "contest.field.themeZh", ContestRules.THEME_MAX);
        fields.bindText(themeEn, "contest.field.themeEn", ContestRules.THEME_MAX, false, f -> f.themeEn, (f, v) -> f.themeEn = v);
        fields.bindText(themeZh, "contest.field.themeZh", ContestRules.THEME_MAX, false, f -> f.themeZh, (f, v) -> f.themeZh = v);

        zone.setId("zone");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of).toList());
        zone.setItemLabelGenerator(ZoneId::getId);
        texts.bind(zone, ComboBox::setLabel, "contest.field.zone");
        binder.forField(zone)
                .asRequired(context -> getTranslation("contest.error.required", getTranslation("contest.field.zone")))
                .bind(f -> f.zone, (f, v) -> f.zone = v);
        zone.addValueChangeListener(change -> updateTimelineHelp());

        IntegerField min = fields.teamSizeField("team-size-min", "contest.field.teamSizeMin");
        IntegerField max = fields.teamSizeField("team-size-max", "contest.field.teamSizeMax");
        fields.bindTeamSize(min, "contest.field.teamSizeMin").bind(f -> f.teamSizeMin, (f, v) -> f.teamSizeMin = v);
        Binder.Binding<EditorForm, Integer> maxBinding = fields.bindTeamSize(max, "contest.field.teamSizeMax")
                .withValidator(value -> min.getValue() == null || value == null || value >= min.getValue(),
                        context -> getTranslation("contest.validation.minAboveMax"))
                .bind(f -> f.teamSizeMax, (f, v) -> f.teamSizeMax = v);
        min.addValueChangeListener(change -> maxBinding.validate());

        FormLayout layout = new FormLayout(slug, zone, themeEn, themeZh, min, max);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        return layout;
    }

    private Component textsTab() {
        TextField titleEn = fields.textField("title-en", "contest.field.titleEn", ContestRules.TITLE_MAX);
        TextField titleZh = fields.textField("title-zh", "contest.field.titleZh", ContestRules.TITLE_MAX);
        fields.bindText(titleEn, "contest.field.titleEn", ContestRules.TITLE_MAX, true, f -> f.titleEn, (f, v) -> f.titleEn = v);
        fields.bindText(titleZh, "contest.field.titleZh", ContestRules.TITLE_MAX, false, f -> f.titleZh, (f, v) -> f.titleZh = v);
        TextArea summaryEn = fields.textArea("summary-en", "contest.field.summaryEn", ContestRules.SUMMARY_MAX);
        TextArea summaryZh = fields.textArea("summary-zh", "contest.field.summaryZh", ContestRules.SUMMARY_MAX);
        fields.bindText(summaryEn, "contest.field.summaryEn", ContestRules.SUMMARY_MAX, false, f -> f.summaryEn,
                (f, v) -> f.summaryEn = v);
        fields.bindText(summaryZh, "contest.field.summaryZh", ContestRules.SUMMARY_MAX, false, f -> f.summaryZh,
                (f, v) -> f.summaryZh = v);
        TextArea descriptionEn = fields.markdownArea("description-en", "contest.field.descriptionEn");
        TextArea descriptionZh = fields.markdownArea("description-zh", "contest.field.descriptionZh");
        fields.bindText(descriptionEn, "contest.field.descriptionEn", ContestRules.MARKDOWN_MAX, false, f -> f.descriptionEn,
                (f, v) -> f.descriptionEn = v);
        fields.bindText(descriptionZh, "contest.field.descriptionZh", ContestRules.MARKDOWN_MAX, false, f -> f.descriptionZh,
                (f, v) -> f.descriptionZh = v);
        TextArea rulesEn = fields.markdownArea("rules-en", "contest.field.rulesEn");
        TextArea rulesZh = fields.markdownArea("rules-zh", "contest.field.rulesZh");
        fields.bindText(rulesEn, "contest.field.rulesEn", ContestRules.MARKDOWN_MAX, false, f -> f.rulesEn, (f, v) -> f.rulesEn = v);
        fields.bindText(rulesZh, "contest.field.rulesZh", ContestRules.MARKDOWN_MAX, false, f -> f.rulesZh, (f, v) -> f.rulesZh = v);

        return new Div(ContestFormFields.pair(titleEn, titleZh), ContestFormFields.pair(summaryEn, summaryZh),
                ContestFormFields.pair(descriptionEn, descriptionZh), fields.preview(descriptionEn, descriptionZh),
                ContestFormFields.pair(rulesEn, rulesZh), fields.preview(rulesEn, rulesZh));
    }

    // ----- loading ----------------------------------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse(NEW);
        try {
            load(NEW.equals(id) ? null : contests.edit(Long.parseLong(id)));
        } catch (NumberFormatException | NotFoundException unknownOrNotYours) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    /** Shows a contest (or a blank new one) in every tab, discarding unsaved input. */
    private void load(ContestEditState loaded) {
        state = loaded;
        ContestInput input = loaded == null ? blankInput() : loaded.input();
        form = EditorForm.of(input);
        binder.readBean(form);
        tracksAndPrizes.show(input);
        timeline.show(Timeline.of(input.phases()), input.zone());
        refreshHeader();
        cover.refresh();
        updateTimelineHelp();
    }

    private static ContestInput blankInput() {
        return new ContestInput("", null, null, null, null, null, ContestRules.DEFAULT_ZONE, 1, 5, null, null, null);
    }

    private void refreshHeader() {
        boolean saved = state != null;
        ContestStatus current = saved ? state.status() : ContestStatus.DRAFT;
        heading.setText(getPageTitle());
        status.setText(getTranslation("contest.editor.status", getTranslation(current.messageKey())));
        save.setEnabled(current != ContestStatus.ARCHIVED);
        publish.setVisible(saved && current == ContestStatus.DRAFT);
        archive.setVisible(saved && current == ContestStatus.PUBLISHED);
        publicPage.setVisible(saved);
        cloneContest.setVisible(saved);
        publicPage.setHref(saved ? "contests/" + state.input().slug() : "");
        stagesPage.setVisible(saved);
        stagesPage.setHref(saved ? "organise/submissions/" + state.id() + "/stages" : "");
    }

    private void afterCoverChange(ContestEditState updated) {
        // Only the cover and the version changed: keep the organiser's unsaved input in the form.
        state = updated;
        cover.refresh();
    }

    // ----- actions ----------------------------------------------------------------------------------------------

    /**
     * Validates and saves; returns whether it worked (the form shows why not). A change that shortens a published
     * timeline is saved only once the organiser confirms it with a reason in {@link TimelineChangeDialog}.
     */
    private boolean save() {
        if (!binder.writeBeanIfValid(form)) {
            binder.validate().getFieldValidationErrors().stream().findFirst()
                    .map(BindingValidationStatus::getField).ifPresent(this::showTabOf);
            Notices.error("contest.editor.invalid");
            return false;
        }
        return store(currentInput(), null);
    }

    /** Saves {@code input}; without a note, first asks about a published timeline change that needs one. */
    private boolean store(ContestInput input, TimelineChangeNote note) {
        try {
            if (note == null && state != null && state.status() == ContestStatus.PUBLISHED) {
                TimelineChangePreview change = contests.previewTimelineChange(state.id(), input);
                if (change.shortening() || change.closesInPast()) {
                    TimelineChangeDialog.ask(change, input.zone(), confirmed -> store(input, confirmed));
                    return false;
                }
            }
            boolean creating = state == null;
            ContestEditState saved = creating ? contests.create(input)
                    : contests.update(state.id(), state.version(), input,
                            note == null ? TimelineChangeNote.NONE : note);
            timeline.clearError();
            if (creating) {
                Notices.success("contest.editor.created");
                getUI().ifPresent(ui -> ui.navigate(ContestEditorView.class,
                        new RouteParameters("id", String.valueOf(saved.id()))));
            } else {
                load(saved);
                Notices.success("contest.editor.saved");
            }
            return true;
        } catch (TimelineViolation violation) {
            timeline.showError(getTranslation(violation.getMessageKey(), violation.getArguments()));
            tabs.setSelectedTab(tabByContent.get(timeline));
            Notices.error(violation);
            return false;
        } catch (UserFacingException refusal) {
            Notices.error(refusal);
            return false;
        }
    }

    private void saveAndPublish() {
        if (save()) {
            load(contests.publish(state.id(), state.version()));
            Notices.success("contest.editor.published");
        }
    }

    private void archive() {
        load(contests.archive(state.id(), state.version()));
        Notices.success("contest.editor.archived");
    }

    private void askClone() {
        CloneDialog.ask(cloning, state.id(), clone -> getUI().ifPresent(ui -> ui.navigate(ContestEditorView.class,
                new RouteParameters("id", String.valueOf(clone.id())))));
    }

    private void confirm(String prefix, String confirmKey, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation(prefix + ".header"), getTranslation(prefix + ".text"),
                getTranslation(confirmKey), confirmed -> action.run(),
                getTranslation("contest.editor.cancel"), cancelled -> { });
        dialog.setId("contest-confirm");
        dialog.open();
    }

    private ContestInput currentInput() {
        return new ContestInput(form.slug, form.title(), form.summary(), form.description(), form.rules(),
                form.theme(), form.zone, form.teamSizeMin, form.teamSizeMax, tracksAndPrizes.trackInputs(),
                tracksAndPrizes.prizeInputs(), timeline.windows(form.zone));
    }

    // ----- helpers ----------------------------------------------------------------------------------------------

    private void addTab(String key, Component content) {
        Tab tab = tabs.add("", content);
        texts.bind(tab, Tab::setLabel, key);
        tab.setId("tab-" + key.substring(key.lastIndexOf('.') + 1));
        tabByContent.put(content, tab);
    }

    /** Selects the tab holding a field, so an error in a hidden tab is not missed. */
    private void showTabOf(HasValue<?, ?> field) {
        Optional<Component> node = Optional.of((Component) field);
        while (node.isPresent()) {
            Tab tab = tabByContent.get(node.get());
            if (tab != null) {
                tabs.setSelectedTab(tab);
                return;
            }
            node = node.get().getParent();
        }
    }

    private void updateTimelineHelp() {
        ZoneId current = zone.getValue() == null ? ContestRules.DEFAULT_ZONE : zone.getValue();
        timeline.showZone(current);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        texts.apply();
        refreshHeader();
        updateTimelineHelp();
    }

    @Override
    public String getPageTitle() {
        return state == null ? getTranslation("contest.editor.newTitle")
                : getTranslation("contest.editor.editTitle", state.input().title().in(ContestTexts.locale()));
    }
}
