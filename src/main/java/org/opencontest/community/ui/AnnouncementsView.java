package org.opencontest.community.ui;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.opencontest.community.internal.AnnouncementInput;
import org.opencontest.community.internal.AnnouncementRow;
import org.opencontest.community.internal.AnnouncementStatus;
import org.opencontest.community.internal.Announcements;
import org.opencontest.contest.ContestPage;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.text.MarkdownRenderer;
import org.opencontest.shared.time.ZoneDisplay;
import org.opencontest.shared.ui.ConfirmAction;
import org.opencontest.shared.ui.LoadedView;
import org.opencontest.shared.ui.MarkdownPreview;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.PickerTexts;
import org.opencontest.shared.ui.SingleSubmit;
import org.opencontest.shared.ui.ViewerZone;

/**
 * The organiser's announcements of a contest ({@code organise/contests/<id>/announcements}, linked from the
 * organiser's contest list): every announcement with its state, and an editor with both languages side by side, a
 * preview rendered exactly as visitors see it, scheduling (a time in the contest's zone) and publishing after a
 * confirmation that says how many people will be mailed.
 */
@Route("organise/contests/:contestId/announcements")
@RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
public class AnnouncementsView extends LoadedView implements HasDynamicTitle {

    private final transient Announcements announcements;
    private final transient MarkdownRenderer markdown;
    private ContestPage contest;
    private List<AnnouncementRow> rows = List.of();
    /** The announcement in the editor: null while closed, an id-less row for a new one. */
    private AnnouncementRow editing;

    private final TextField titleEn = new TextField();
    private final TextField titleZh = new TextField();
    private final TextArea bodyEn = new TextArea();
    private final TextArea bodyZh = new TextArea();
    private final DateTimePicker publishAt = new DateTimePicker();

    public AnnouncementsView(Announcements announcements, MarkdownRenderer markdown) {
        this.announcements = announcements;
        this.markdown = markdown;
        addClassName("page");
        setId("announcements");
        titleEn.setId("announcement-title-en");
        titleZh.setId("announcement-title-zh");
        bodyEn.setId("announcement-body-en");
        bodyZh.setId("announcement-body-zh");
        publishAt.setId("announcement-publish-at");
        for (TextField title : List.of(titleEn, titleZh)) {
            title.setWidthFull();
        }
        for (TextArea body : List.of(bodyEn, bodyZh)) {
            body.setWidthFull();
            body.setMinHeight("10em");
        }
    }

    @Override
    protected void load(BeforeEnterEvent event) {
        long contestId = idParameter(event, "contestId");
        contest = announcements.contest(contestId);
        rows = announcements.list(contestId);
        editing = null;
    }

    @Override
    protected void render() {
        add(new H1(getTranslation("community.announcements.title", contest.title().in(getLocale()))));
        Anchor back = new Anchor("organise", getTranslation("community.announcements.back"));
        back.setId("announcements-back");
        Anchor page = new Anchor("contests/" + contest.slug(), getTranslation("community.announcements.publicPage"));
        page.setId("announcements-public-page");
        HorizontalLayout links = new HorizontalLayout(back, page);
        add(links);
        if (editing != null) {
            add(editor());
        } else {
            Button create = new Button(getTranslation("community.announcements.new"), VaadinIcon.PLUS.create(),
                    click -> open(null));
            create.setId("announcement-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new Div(create));
        }
        Div list = new Div();
        list.setId("announcement-list");
        if (rows.isEmpty()) {
            list.add(new Paragraph(getTranslation("community.announcements.empty")));
        }
        rows.forEach(row -> list.add(card(row)));
        add(list);
    }

    private Component card(AnnouncementRow row) {
        Locale locale = getLocale();
        Div card = new Div();
        card.addClassNames("card", "announcement");
        card.setId("announcement-" + row.id());
        H3 title = new H3(row.title().in(locale));
        Span status = new Span(getTranslation(row.status().messageKey()));
        status.getElement().getThemeList().add("badge");
        status.setId("announcement-status-" + row.id());
        card.add(title, status);
        if (row.pinned()) {
            Span pinned = new Span(getTranslation("community.announcement.pinned"));
            pinned.getElement().getThemeList().add("badge contrast");
            card.add(pinned);
        }
        Paragraph when = new Paragraph(switch (row.status()) {
            case DRAFT -> getTranslation("community.announcement.draftSince", when(row.createdAt()));
            case SCHEDULED -> getTranslation("community.announcement.scheduledFor", when(row.publishAt()));
            case PUBLISHED -> row.editedAt() == null
                    ? getTranslation("community.announcement.publishedAt", when(row.publishedAt()))
                    : getTranslation("community.announcement.publishedEditedAt", when(row.publishedAt()),
                            when(row.editedAt()));
        });
        when.addClassName("muted");
        card.add(when);

        Button edit = button("edit", row, "community.announcement.edit", () -> open(row));
        Button pin = button("pin", row, row.pinned() ? "community.announcement.unpin" : "community.announcement.pin",
                () -> act(() -> announcements.pin(row.id(), row.version(), !row.pinned()),
                        row.pinned() ? "community.announcement.unpinned" : "community.announcement.pinnedDone"));
        HorizontalLayout actions = new HorizontalLayout(edit, pin);
        if (row.status() != AnnouncementStatus.PUBLISHED) {
            actions.add(button("publish", row, "community.announcement.publish", () -> confirmPublish(row)));
        }
        if (row.status() == AnnouncementStatus.SCHEDULED) {
            actions.add(button("unschedule", row, "community.announcement.unschedule",
                    () -> act(() -> announcements.unschedule(row.id(), row.version()),
                            "community.announcement.unscheduled")));
        }
        card.add(actions);
        return card;
    }

    private Button button(String action, AnnouncementRow row, String key, Runnable onClick) {
        Button button = new Button(getTranslation(key));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setId("announcement-" + action + "-" + row.id());
        SingleSubmit.onClick(button, onClick);
        return button;
    }

    /** The editor: both languages, the preview, the publication time in the contest's zone, and the actions. */
    private Component editor() {
        Div editor = new Div();
        editor.setId("announcement-editor");
        editor.addClassName("card");
        editor.add(new H2(getTranslation(editing.id() == 0 ? "community.editor.newTitle" : "community.editor.editTitle")));
        if (editing.status() == AnnouncementStatus.PUBLISHED) {
            Paragraph note = new Paragraph(getTranslation("community.editor.correctionNote"));
            note.setId("announcement-correction-note");
            editor.add(note);
        }
        String title = getTranslation("community.editor.title");
        String body = getTranslation("community.editor.body");
        titleEn.setLabel(getTranslation("label.english", title));
        titleZh.setLabel(getTranslation("label.chinese", title));
        bodyEn.setLabel(getTranslation("label.english", body));
        bodyZh.setLabel(getTranslation("label.chinese", body));
        bodyEn.setHelperText(getTranslation("community.editor.bodyHint"));
        MarkdownPreview preview = new MarkdownPreview(markdown, bodyEn, bodyZh);
        preview.setSummaryText(getTranslation("community.editor.preview"));
        preview.setId("announcement-preview");
        editor.add(titleEn, titleZh, bodyEn, bodyZh, preview);

        Button save = new Button(getTranslation("community.editor.save"));
        save.setId("announcement-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(save, () -> {
            if (save() != null) {
                Notices.success("community.editor.saved");
                reload();
            }
        });
        Button cancel = new Button(getTranslation("community.editor.cancel"), click -> {
            editing = null;
            refresh();
        });
        cancel.setId("announcement-cancel");
        HorizontalLayout actions = new HorizontalLayout(save);
        if (editing.status() != AnnouncementStatus.PUBLISHED) {
            publishAt.setLabel(getTranslation("community.editor.publishAt", contest.zone().getId()));
            publishAt.setLocale(getLocale());
            publishAt.setDatePickerI18n(PickerTexts.datePicker(getLocale()));
            editor.add(new Div(publishAt));
            Button schedule = new Button(getTranslation("community.editor.schedule"));
            schedule.setId("announcement-schedule");
            SingleSubmit.onClick(schedule, this::schedule);
            Button publish = new Button(getTranslation("community.editor.publish"));
            publish.setId("announcement-publish");
            SingleSubmit.onClick(publish, () -> {
                AnnouncementRow saved = save();
                if (saved != null) {
                    confirmPublish(saved);
                }
            });
            actions.add(schedule, publish);
        }
        actions.add(cancel);
        editor.add(actions);
        return editor;
    }

    private void open(AnnouncementRow row) {
        editing = row != null ? row : new AnnouncementRow(0, 0, contest.id(), AnnouncementStatus.DRAFT,
                LocalizedText.EMPTY, LocalizedText.EMPTY, false, null, null, null, null, null);
        titleEn.setValue(editing.title().en());
        titleZh.setValue(editing.title().zh());
        bodyEn.setValue(editing.body().en());
        bodyZh.setValue(editing.body().zh());
        publishAt.setValue(editing.publishAt() == null ? null
                : LocalDateTime.ofInstant(editing.publishAt(), contest.zone()));
        refresh();
    }

    /** Saves the editor's texts (creating the announcement if new); null when refused (the reason is shown). */
    private AnnouncementRow save() {
        AnnouncementInput input = new AnnouncementInput(new LocalizedText(titleEn.getValue(), titleZh.getValue()),
                new LocalizedText(bodyEn.getValue(), bodyZh.getValue()));
        try {
            editing = editing.id() == 0 ? announcements.create(contest.id(), input)
                    : announcements.update(editing.id(), editing.version(), input);
            return editing;
        } catch (UserFacingException refused) {
            Notices.error(refused);
            return null;
        }
    }

    private void schedule() {
        if (publishAt.getValue() == null) {
            Notices.error("community.announcement.error.scheduleInPast");
            return;
        }
        AnnouncementRow saved = save();
        if (saved != null) {
            act(() -> announcements.schedule(saved.id(), saved.version(),
                    publishAt.getValue().atZone(contest.zone()).toInstant()), "community.editor.scheduled");
        }
    }

    private void confirmPublish(AnnouncementRow row) {
        int readers = announcements.audienceSize(contest.id());
        ConfirmAction dialog = ConfirmAction.irreversible("community.publish", () -> {
            try {
                int mailed = announcements.publish(row.id(), row.version());
                Notices.success("community.publish.done", mailed);
                editing = null;
                reload();
            } catch (UserFacingException refused) {
                Notices.error(refused);
            }
        });
        Paragraph audience = new Paragraph(getTranslation("community.publish.audience", readers));
        audience.setId("announcement-publish-audience");
        dialog.add(audience);
        dialog.ask();
    }

    /** Runs a change, says so, and shows the list again; a refusal is shown and changes nothing. */
    private void act(Runnable change, String doneKey) {
        try {
            change.run();
            Notices.success(doneKey);
            editing = null;
            reload();
        } catch (UserFacingException refused) {
            Notices.error(refused);
        }
    }

    private void reload() {
        rows = announcements.list(contest.id());
        refresh();
    }

    private String when(java.time.Instant at) {
        ZoneId viewer = ViewerZone.get();
        return String.join(" / ", ZoneDisplay.format(at, contest.zone(), viewer, getLocale()));
    }

    @Override
    public String getPageTitle() {
        return contest == null ? getTranslation("error.notFound.title")
                : getTranslation("community.announcements.title", contest.title().in(getLocale()));
    }
}
