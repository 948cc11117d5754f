package org.opencontest.submission.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import org.opencontest.contest.ContestPage;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.PickerTexts;
import org.opencontest.shared.ui.SingleSubmit;
import org.opencontest.submission.internal.StageAdministration;
import org.opencontest.submission.internal.StageDefinition;
import org.opencontest.submission.internal.StageEntry;
import org.opencontest.submission.internal.StageNames;
import org.opencontest.submission.internal.StagePlan;
import org.opencontest.submission.internal.StageStandings;
import org.opencontest.submission.internal.SubmissionAdministration;
import org.opencontest.team.TeamRow;

/**
 * The organiser's stages of one contest (linked from the submissions page and the contest editor): each stage's
 * name, window and rules, whether the judges' feedback on it is released to the teams, and, for every stage but the
 * last, its entries and shortlist, with manual additions.
 * The services check that the caller manages the contest.
 */
@Route("organise/submissions/:contestId/stages")
@RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
public class StagesView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final transient StageAdministration stages;
    private final transient SubmissionAdministration administration;
    private final transient StageStandings standings;
    private final VerticalLayout content = new VerticalLayout();
    private final List<StageForm> forms = new ArrayList<>();

    private ContestPage page;

    public StagesView(StageAdministration stages, SubmissionAdministration administration, StageStandings standings) {
        this.stages = stages;
        this.standings = standings;
        this.administration = administration;
        setId("stages");
        addClassName("page");
        content.setPadding(false);
        add(new H1(), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            page = administration.contest(event.getRouteParameters().getLong("contestId")
                    .orElseThrow(NotFoundException::new));
        } catch (NotFoundException unknownOrHidden) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("submission.stages.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        ((H1) getComponentAt(0)).setText(getTranslation("submission.stages.title"));
        if (page != null) {
            render(stages.plan(page.id()));
        }
    }

    private void render(StagePlan plan) {
        content.removeAll();
        forms.clear();
        RouterLink back = new RouterLink(getTranslation("submission.stages.back"), OrganiserSubmissionsView.class,
                new RouteParameters("contestId", Long.toString(page.id())));
        content.add(back, new Paragraph(getTranslation("submission.stages.intro", page.title().in(getLocale()),
                page.zone().getId())));
        VerticalLayout editors = new VerticalLayout();
        editors.setPadding(false);
        plan.stages().forEach(stage -> forms.add(new StageForm(stage.definition())));
        editors.add(forms.toArray(StageForm[]::new));
        Button add = new Button(getTranslation("submission.stages.add"), click -> {
            // a stored stage removed on this page and added again comes back as stored; a new one copies the rules
            // of the stage before it
            StageDefinition last = forms.get(forms.size() - 1).value();
            StageForm next = new StageForm(plan.stage(forms.size() + 1).map(StagePlan.Stage::definition)
                    .orElseGet(() -> new StageDefinition(forms.size() + 1, LocalizedText.EMPTY, null, null, null,
                            last.rules().withVersion(0))));
            forms.add(next);
            editors.add(next);
        });
        add.setId("stage-add");
        Button remove = new Button(getTranslation("submission.stages.removeLast"), click -> {
            if (forms.size() > 1) {
                editors.remove(forms.remove(forms.size() - 1));
            }
        });
        remove.setId("stage-remove");
        Button save = new Button(getTranslation("submission.stages.save"));
        save.setId("stages-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(save, () -> {
            StagePlan saved = stages.save(page.id(), forms.stream().map(StageForm::value).toList());
            Notices.success("submission.stages.saved");
            render(saved);
        });
        content.add(editors, new HorizontalLayout(add, remove, save));
        if (plan.isStaged()) {
            content.add(feedbackReleases(plan));
        }
        Map<Integer, Long> shortlisted = stages.shortlistCounts(page.id());
        plan.stages().stream().filter(stage -> stage.number() < plan.stages().size())
                .forEach(stage -> content.add(shortlist(stage, shortlisted.getOrDefault(stage.number(), 0L))));
    }

    /** Per stage, whether the teams read the judges' feedback on it before the results are published. */
    private VerticalLayout feedbackReleases(StagePlan plan) {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("submission.stages.feedback")),
                new Paragraph(getTranslation("submission.stages.feedback.intro")));
        section.setPadding(false);
        section.setId("stage-feedback");
        Set<Integer> released = standings.releasedFeedbackStages(page.id());
        for (StagePlan.Stage stage : plan.stages()) {
            String name = StageNames.of(stage).in(getLocale());
            Checkbox release = new Checkbox(getTranslation("submission.stages.feedback.release", name),
                    released.contains(stage.number()));
            release.setId("stage-feedback-" + stage.number());
            release.addValueChangeListener(change -> {
                stages.releaseFeedback(page.id(), stage.number(), change.getValue());
                Notices.success(change.getValue() ? "submission.stages.feedback.released"
                        : "submission.stages.feedback.withdrawn", name);
            });
            section.add(release);
        }
        return section;
    }

    /** The teams that submitted in a stage, each to shortlist, and a manual addition with a reason. */
    private VerticalLayout shortlist(StagePlan.Stage stage, long count) {
        int number = stage.number();
        Integer size = stage.definition().shortlistSize();
        H3 heading = new H3(getTranslation("submission.stages.shortlist", StageNames.of(stage).in(getLocale())));
        Span tally = new Span(size == null ? getTranslation("submission.stages.shortlisted", count)
                : getTranslation("submission.stages.shortlistedOf", count, size));
        tally.setId("shortlist-count-" + number);
        Grid<StageEntry> entries = new Grid<>();
        entries.setId("stage-entries-" + number);
        entries.addColumn(StageEntry::teamName).setHeader(getTranslation("submission.admin.column.team"))
                .setFlexGrow(2);
        entries.addColumn(StageEntry::versions).setHeader(getTranslation("submission.stages.versions"));
        entries.addColumn(entry -> SubmissionTexts.when(entry.lastSubmittedAt(), page.zone()))
                .setHeader(getTranslation("submission.column.submittedAt")).setFlexGrow(3);
        entries.addColumn(entry -> entry.late() ? getTranslation("submission.late") : "")
                .setHeader(getTranslation("submission.admin.filter.late"));
        entries.addComponentColumn(entry -> {
            if (entry.shortlisted()) {
                return new Span(entry.reason() == null ? getTranslation("submission.stages.isShortlisted")
                        : getTranslation("submission.stages.addedByHand", entry.reason()));
            }
            Button advance = new Button(getTranslation("submission.stages.advance"));
            advance.setId("shortlist-" + number + "-" + entry.teamId());
            SingleSubmit.onClick(advance, () -> {
                stages.shortlist(page.id(), number, entry.teamId());
                Notices.success("submission.stages.advanced", entry.teamName());
                render(stages.plan(page.id()));
            });
            return advance;
        }).setKey("shortlist").setFlexGrow(2);
        entries.setItems(DataProvider.fromCallbacks(
                query -> stages.entries(page.id(), number, query.getOffset(), query.getLimit()).stream(),
                query -> (int) stages.countEntries(page.id(), number)));
        entries.setAllRowsVisible(true);
        VerticalLayout section = new VerticalLayout(heading, tally, entries, manualAddition(stage));
        section.setPadding(false);
        return section;
    }

    private HorizontalLayout manualAddition(StagePlan.Stage stage) {
        int number = stage.number();
        // any approved team, found by name as the organiser types (a big contest has thousands)
        ComboBox<TeamRow> team = new ComboBox<>(getTranslation("submission.admin.column.team"));
        team.setId("manual-team-" + number);
        team.setItemLabelGenerator(TeamRow::name);
        team.setItems(query -> administration.approvedTeams(page.id(), query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream(), query -> (int) administration.countApprovedTeams(page.id(),
                query.getFilter().orElse("")));
        TextArea reason = new TextArea(getTranslation("submission.stages.reason"));
        reason.setId("manual-reason-" + number);
        reason.setWidth("28em");
        Button add = new Button(getTranslation("submission.stages.addByHand"));
        add.setId("manual-add-" + number);
        SingleSubmit.onClick(add, () -> {
            if (team.getValue() == null) {
                Notices.error("submission.stages.error.team");
                return;
            }
            stages.addByHand(page.id(), number, team.getValue().id(), reason.getValue());
            Notices.success("submission.stages.advanced", team.getValue().name());
            render(stages.plan(page.id()));
        });
        HorizontalLayout row = new HorizontalLayout(team, reason, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    /** One stage's name, window, shortlist size and rules. */
    private final class StageForm extends VerticalLayout {

        private final int position;
        private final TextField nameEn = new TextField();
        private final TextField nameZh = new TextField();
        private final DateTimePicker opens = new DateTimePicker();
        private final DateTimePicker closes = new DateTimePicker();
        private final IntegerField shortlistSize = new IntegerField();
        private final RulesFields rules;

        StageForm(StageDefinition stage) {
            position = stage.position();
            String prefix = "stage-" + position;
            setPadding(false);
            nameEn.setLabel(getTranslation("submission.stages.nameEn"));
            nameEn.setId(prefix + "-name-en");
            nameEn.setValue(stage.name().en());
            nameEn.setMaxLength(StageDefinition.NAME_MAX);
            nameZh.setLabel(getTranslation("submission.stages.nameZh"));
            nameZh.setId(prefix + "-name-zh");
            nameZh.setValue(stage.name().zh());
            nameZh.setMaxLength(StageDefinition.NAME_MAX);
            picker(opens, prefix + "-opens", "submission.stages.opens", stage.opens());
            picker(closes, prefix + "-closes", "submission.stages.closes", stage.closes());
            shortlistSize.setLabel(getTranslation("submission.stages.shortlistSize"));
            shortlistSize.setId(prefix + "-shortlist-size");
            shortlistSize.setValue(stage.shortlistSize());
            shortlistSize.setMin(1);
            rules = new RulesFields(prefix + "-rules", stage.rules());
            add(new H4(getTranslation("submission.stage.unnamed", position)),
                    new HorizontalLayout(nameEn, nameZh), new HorizontalLayout(opens, closes, shortlistSize), rules);
        }

        private void picker(DateTimePicker picker, String id, String key, Instant value) {
            picker.setId(id);
            picker.setLabel(getTranslation(key, page.zone().getId()));
            picker.setHelperText(getTranslation("submission.stages.windowHelp"));
            picker.setDatePickerI18n(PickerTexts.datePicker(SubmissionTexts.locale()));
            picker.setValue(value == null ? null : LocalDateTime.ofInstant(value, page.zone()));
        }

        StageDefinition value() {
            return new StageDefinition(position, new LocalizedText(nameEn.getValue(), nameZh.getValue()),
                    instant(opens), instant(closes), shortlistSize.getValue(), rules.value());
        }

        private Instant instant(DateTimePicker picker) {
            return picker.getValue() == null ? null : picker.getValue().atZone(page.zone()).toInstant();
        }
    }
}
