package org.opencontest.submission.ui;

import java.time.ZoneId;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestSummary;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.PickerTexts;
import org.opencontest.shared.ui.SingleSubmit;
import org.opencontest.submission.internal.ExtensionView;
import org.opencontest.submission.internal.StageAdministration;
import org.opencontest.submission.internal.StageNames;
import org.opencontest.submission.internal.StagePlan;
import org.opencontest.submission.internal.SubmissionAdministration;
import org.opencontest.submission.SubmissionFilter;
import org.opencontest.submission.VersionSummary;
import org.opencontest.team.TeamRow;

/**
 * The organiser's submissions page for one contest: the overview grid (lazy, with filters), the exports, the rules of
 * the submission phase and per-team extensions. The service checks that the caller manages the contest.
 */
@Route("organise/submissions/:contestId?")
@RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
@Menu(title = "nav.organise.submissions", order = 55, icon = "vaadin:inbox")
public class OrganiserSubmissionsView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver,
        HasDynamicTitle {

    private static final Boolean ANY = null;

    private final transient SubmissionAdministration administration;
    private final transient StageAdministration stages;
    private final Select<ContestSummary> contest = new Select<>();
    private final VerticalLayout content = new VerticalLayout();

    private Long contestId;
    private ContestPage page;
    private SubmissionFilter filter = SubmissionFilter.ALL;
    private final Grid<VersionSummary> grid = new Grid<>();

    public OrganiserSubmissionsView(SubmissionAdministration administration, StageAdministration stages) {
        this.administration = administration;
        this.stages = stages;
        setId("organiser-submissions");
        addClassName("page");
        contest.setId("submissions-contest");
        contest.setWidth("28em");
        contest.setItemLabelGenerator(c -> c.title().in(SubmissionTexts.locale()));
        contest.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                UI.getCurrent().navigate(OrganiserSubmissionsView.class,
                        new RouteParameters("contestId", Long.toString(change.getValue().id())));
            }
        });
        content.setPadding(false);
        grid.setId("submissions-grid");
        grid.addItemClickListener(click -> UI.getCurrent().navigate("receipts/" + click.getItem().id()));
        add(new H1(), contest, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        contestId = event.getRouteParameters().getLong("contestId").orElse(null);
        try {
            page = contestId == null ? null : administration.contest(contestId);
        } catch (NotFoundException unknownOrHidden) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        // picking a contest navigates to this same view; in the browser Flow reuses the attached instance and fires
        // no locale change, so the chosen contest is shown here (ContestPickerJourney)
        if (isAttached()) {
            render();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("submission.admin.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        ((H1) getComponentAt(0)).setText(getTranslation("submission.admin.title"));
        contest.setLabel(getTranslation("submission.admin.contest"));
        var mine = administration.contests();
        contest.setItems(mine);
        mine.stream().filter(c -> contestId != null && c.id() == contestId).findFirst().ifPresent(contest::setValue);
        render();
    }

    private void render() {
        content.removeAll();
        if (page == null) {
            content.add(new Paragraph(getTranslation("submission.admin.pick")));
            return;
        }
        content.add(new H3(getTranslation("submission.admin.overview")), filters(), exports(), overviewGrid(),
                new H3(getTranslation("submission.admin.rules")), rulesForm(),
                new H3(getTranslation("submission.admin.extensions")), extensionsSection());
    }

    private HorizontalLayout filters() {
        Select<Long> track = new Select<>();
        track.setId("filter-track");
        track.setLabel(getTranslation("submission.field.track"));
        track.setEmptySelectionAllowed(true);
        track.setEmptySelectionCaption(getTranslation("submission.admin.any"));
        track.setItems(page.tracks().stream().map(ContestPage.Track::id).toList());
        track.setItemLabelGenerator(id -> id == null ? "" : page.tracks().stream().filter(t -> t.id() == id).findFirst()
                .map(t -> t.name().in(SubmissionTexts.locale())).orElse(""));
        Select<String> late = new Select<>();
        late.setId("filter-late");
        late.setLabel(getTranslation("submission.admin.filter.late"));
        late.setItems("any", "late", "onTime");
        late.setValue("any");
        late.setItemLabelGenerator(value -> getTranslation("submission.admin.filter.late." + value));
        Checkbox finalOnly = new Checkbox(getTranslation("submission.admin.filter.final"));
        finalOnly.setId("filter-final");
        IntegerField minVersions = new IntegerField(getTranslation("submission.admin.filter.minVersions"));
        minVersions.setId("filter-min-versions");
        minVersions.setMin(1);
        StagePlan plan = stages.plan(page.id());
        Select<Integer> stage = new Select<>();
        stage.setId("filter-stage");
        stage.setLabel(getTranslation("submission.column.stage"));
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(getTranslation("submission.admin.any"));
        stage.setItems(plan.stages().stream().map(StagePlan.Stage::number).toList());
        stage.setItemLabelGenerator(number -> number == null ? "" : plan.stage(number)
                .map(s -> StageNames.of(s).in(getLocale())).orElse(""));
        stage.setVisible(plan.isStaged());
        Runnable apply = () -> {
            filter = new SubmissionFilter(track.getValue(),
                    "late".equals(late.getValue()) ? Boolean.TRUE : "onTime".equals(late.getValue()) ? Boolean.FALSE : ANY,
                    finalOnly.getValue(), minVersions.getValue(), stage.getValue());
            grid.getDataProvider().refreshAll();
        };
        track.addValueChangeListener(change -> apply.run());
        late.addValueChangeListener(change -> apply.run());
        finalOnly.addValueChangeListener(change -> apply.run());
        minVersions.addValueChangeListener(change -> apply.run());
        stage.addValueChangeListener(change -> apply.run());
        HorizontalLayout row = new HorizontalLayout(track, stage, late, minVersions, finalOnly);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private HorizontalLayout exports() {
        long id = page.id();
        Anchor zip = new Anchor(zipHandler(id), getTranslation("submission.admin.exportZip"));
        zip.setId("export-zip");
        Anchor csv = new Anchor((DownloadHandler) request -> {
            request.setFileName(page.slug() + "-submissions.csv");
            request.setContentType("text/csv; charset=utf-8");
            administration.exportCsv(id, request.getOutputStream());
        }, getTranslation("submission.admin.exportCsv"));
        csv.setId("export-csv");
        return new HorizontalLayout(zip, csv);
    }

    private DownloadHandler zipHandler(long id) {
        String name = page.slug() + "-final-submissions.zip";
        return request -> {
            request.setFileName(name);
            request.setContentType("application/zip");
            administration.exportFinalZip(id, request.getOutputStream());
        };
    }

    private Grid<VersionSummary> overviewGrid() {
        ZoneId zone = page.zone();
        grid.removeAllColumns();
        grid.addColumn(VersionSummary::teamName).setHeader(getTranslation("submission.admin.column.team")).setFlexGrow(2);
        grid.addColumn(version -> version.title().in(getLocale())).setHeader(getTranslation("submission.column.title")).setFlexGrow(3);
        grid.addColumn(v -> page.tracks().stream().filter(t -> v.trackId() != null && t.id() == v.trackId())
                .findFirst().map(t -> t.name().in(SubmissionTexts.locale())).orElse(""))
                .setHeader(getTranslation("submission.field.track"));
        StagePlan plan = stages.plan(page.id());
        if (plan.isStaged()) {
            grid.addColumn(v -> plan.stage(v.stage()).map(stage -> StageNames.of(stage).in(getLocale())).orElse(""))
                    .setHeader(getTranslation("submission.column.stage")).setKey("stage");
        }
        grid.addColumn(v -> v.number() + " / " + v.versionCount()).setHeader(getTranslation("submission.column.version"));
        grid.addColumn(v -> SubmissionTexts.when(v.submittedAt(), zone))
                .setHeader(getTranslation("submission.column.submittedAt")).setFlexGrow(3);
        grid.addColumn(v -> v.fileCount() + " / " + SubmissionTexts.size(v.totalBytes()))
                .setHeader(getTranslation("submission.column.files"));
        grid.addComponentColumn(v -> SubmissionTexts.badges(this, v));
        long id = page.id();
        grid.setItems(DataProvider.fromCallbacks(
                query -> administration.overview(id, filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) administration.count(id, filter)));
        return grid;
    }

    private VerticalLayout rulesForm() {
        RulesFields rules = new RulesFields("rules", administration.rules(page.id()));
        Button save = new Button(getTranslation("submission.rules.save"));
        save.setId("rules-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(save, () -> {
            administration.saveRules(page.id(), rules.value());
            Notices.success("submission.rules.saved");
            render();
        });
        RouterLink stages = new RouterLink(getTranslation("submission.stages.link"), StagesView.class,
                new RouteParameters("contestId", Long.toString(page.id())));
        stages.setId("stages-link");
        VerticalLayout layout = new VerticalLayout(stages, rules, save);
        layout.setPadding(false);
        return layout;
    }

    private VerticalLayout extensionsSection() {
        // any approved team, found by name as the organiser types (a big contest has thousands)
        ComboBox<TeamRow> team = new ComboBox<>(getTranslation("submission.admin.column.team"));
        team.setId("extension-team");
        team.setItemLabelGenerator(TeamRow::name);
        team.setItems(query -> administration.approvedTeams(page.id(), query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream(), query -> (int) administration.countApprovedTeams(page.id(),
                query.getFilter().orElse("")));
        DateTimePicker until = new DateTimePicker(getTranslation("submission.extension.until", page.zone().getId()));
        until.setId("extension-until");
        until.setDatePickerI18n(PickerTexts.datePicker(SubmissionTexts.locale()));
        TextArea reason = new TextArea(getTranslation("submission.extension.reason"));
        reason.setId("extension-reason");
        reason.setWidthFull();
        Button grant = new Button(getTranslation("submission.extension.grant"));
        grant.setId("extension-grant");
        SingleSubmit.onClick(grant, () -> {
            if (team.getValue() == null || until.getValue() == null) {
                Notices.error("submission.extension.error.missing");
                return;
            }
            ExtensionView granted = administration.grantExtension(page.id(), team.getValue().id(),
                    until.getValue().atZone(page.zone()).toInstant(), reason.getValue());
            Notices.success("submission.extension.granted", granted.teamName());
            render();
        });
        Grid<ExtensionView> list = new Grid<>();
        list.setId("extensions-grid");
        list.setAllRowsVisible(true);
        list.addColumn(ExtensionView::teamName).setHeader(getTranslation("submission.admin.column.team"));
        list.addColumn(e -> SubmissionTexts.when(e.until(), page.zone()))
                .setHeader(getTranslation("submission.extension.untilColumn")).setFlexGrow(2);
        list.addColumn(ExtensionView::reason).setHeader(getTranslation("submission.extension.reason")).setFlexGrow(3);
        list.setItems(administration.extensions(page.id()));
        HorizontalLayout row = new HorizontalLayout(team, until);
        VerticalLayout layout = new VerticalLayout(row, reason, grant, list);
        layout.setPadding(false);
        return layout;
    }
}
