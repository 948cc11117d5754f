package org.opencontest.incubation.ui;

import java.util.Arrays;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.opencontest.incubation.IncubationProjects;
import org.opencontest.incubation.Milestones;
import org.opencontest.incubation.PeriodRow;
import org.opencontest.incubation.ProjectDetail;
import org.opencontest.incubation.ProjectSummary;
import org.opencontest.incubation.Stage;
import org.opencontest.incubation.internal.Consent;
import org.opencontest.incubation.internal.IncubationEvidence;
import org.opencontest.incubation.internal.StageEntry;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;

/**
 * One incubation project for everyone with a part in it: the team answers the offer and chooses what is public,
 * incubators and organisers move the stage with a reason, milestones and check-ins are listed with what the caller
 * may do. Others get "not found".
 */
@Route("incubation/projects/:id")
@PermitAll
public class ProjectView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final transient IncubationProjects projects;
    private final transient Milestones milestones;
    private final transient IncubationEvidence evidence;
    private long projectId;
    private ProjectDetail project;

    public ProjectView(IncubationProjects projects, Milestones milestones, IncubationEvidence evidence) {
        this.projects = projects;
        this.milestones = milestones;
        this.evidence = evidence;
        setId("incubation-project");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            projectId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            project = projects.project(projectId);
        } catch (NotFoundException | NumberFormatException unknownOrForeign) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void reload() {
        project = projects.project(projectId);
        render();
    }

    private void render() {
        removeAll();
        if (project == null) {
            return;
        }
        ProjectSummary summary = project.summary();
        H1 title = new H1(IncubationUi.text(summary.title()));
        title.setId("project-title");
        Span stage = IncubationUi.stageBadge(this, summary.stage());
        stage.setId("project-stage");
        Paragraph facts = new Paragraph(getTranslation("incubation.project.facts", summary.teamName(),
                IncubationUi.text(summary.contestTitle()), IncubationUi.text(summary.organisation())));
        add(title, stage, facts);
        if (summary.award() != null) {
            add(new Paragraph(getTranslation("incubation.project.award", IncubationUi.text(summary.award()))));
        }
        add(new Paragraph(getTranslation("incubation.project.cadence",
                getTranslation("incubation.cadence." + project.cadence()),
                project.responsible().isEmpty() ? "–" : String.join(", ", project.responsible().stream()
                        .map(incubator -> incubator.displayName()).toList()))));
        add(consent(summary), partners(summary), stageSection(summary),
                new MilestoneSection(project, milestones, evidence, this::reload), periods());
    }

    private Div consent(ProjectSummary summary) {
        Div box = new Div(new H3(getTranslation("incubation.consent.title")));
        box.setId("project-consent");
        box.addClassName("card");
        if (summary.consent() != Consent.PENDING) {
            Paragraph answered = new Paragraph(getTranslation("incubation.consent.answered",
                    getTranslation("incubation.consent." + summary.consent()), project.consentBy(),
                    IncubationUi.when(project.consentAt(), project.zone())));
            answered.setId("consent-status");
            box.add(answered);
            if (summary.consent() == Consent.ACCEPTED) {
                box.add(new Paragraph(getTranslation(project.showPublic() ? "incubation.consent.isPublic"
                        : "incubation.consent.isPrivate")));
            }
        } else {
            box.add(new Paragraph(getTranslation("incubation.consent.pending")));
        }
        if (!project.viewer().team() || summary.consent() == Consent.DECLINED) {
            return box;
        }
        Checkbox showPublic = new Checkbox(getTranslation("incubation.consent.showPublic"), project.showPublic());
        showPublic.setId("consent-public");
        Checkbox showKpis = new Checkbox(getTranslation("incubation.consent.showKpis"), project.showKpis());
        showKpis.setId("consent-kpis");
        TextArea publicSummary = new TextArea(getTranslation("incubation.consent.summary"));
        publicSummary.setValue(project.publicSummary() == null ? "" : project.publicSummary());
        publicSummary.setMaxLength(2000);
        publicSummary.setWidthFull();
        publicSummary.setId("consent-summary");
        Button accept = new Button(getTranslation(summary.consent() == Consent.PENDING ? "incubation.consent.accept"
                : "incubation.consent.update"));
        accept.setId("consent-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(accept, () -> {
            projects.answerConsent(projectId, summary.version(), true, showPublic.getValue(), showKpis.getValue(),
                    publicSummary.getValue());
            Notices.success("incubation.consent.saved");
            reload();
        });
        box.add(showPublic, showKpis, publicSummary, accept);
        if (summary.consent() == Consent.PENDING) {
            Button decline = new Button(getTranslation("incubation.consent.decline"));
            decline.setId("consent-decline");
            decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            SingleSubmit.onClick(decline, () -> {
                projects.answerConsent(projectId, summary.version(), false, false, false, null);
                reload();
            });
            box.add(decline);
        }
        return box;
    }

    /** The team's opt-in to the partner showcase (investors, companies, government departments); others read it. */
    private Div partners(ProjectSummary summary) {
        Div box = new Div(new H3(getTranslation("incubation.partners.title")));
        box.setId("project-partners");
        ProjectDetail.PartnerListing listing = project.partners();
        Paragraph state = new Paragraph(listing.shown() ? getTranslation("incubation.partners.shown", listing.city())
                : getTranslation("incubation.partners.hidden"));
        state.setId("partners-status");
        box.add(state);
        if (!project.viewer().team() || summary.consent() != Consent.ACCEPTED) {
            return box;
        }
        box.addClassName("card");
        Checkbox show = new Checkbox(getTranslation("incubation.partners.show"), listing.shown());
        show.setId("partners-show");
        TextField city = new TextField(getTranslation("incubation.partners.city"));
        city.setValue(listing.city() == null ? "" : listing.city());
        city.setMaxLength(80);
        city.setId("partners-city");
        TextField datasets = new TextField(getTranslation("incubation.partners.datasets"));
        datasets.setValue(listing.datasets() == null ? "" : listing.datasets());
        datasets.setMaxLength(500);
        datasets.setWidthFull();
        datasets.setId("partners-datasets");
        Button save = new Button(getTranslation("incubation.partners.save"));
        save.setId("partners-save");
        SingleSubmit.onClick(save, () -> {
            projects.listForPartners(projectId, summary.version(), show.getValue(), city.getValue(),
                    datasets.getValue());
            Notices.success("incubation.partners.saved");
            reload();
        });
        box.add(new Paragraph(getTranslation("incubation.partners.help")), show, city, datasets, save);
        return box;
    }

    private Div stageSection(ProjectSummary summary) {
        Div box = new Div(new H3(getTranslation("incubation.stage.title")));
        box.setId("project-stages");
        NativeTable table = new NativeTable();
        table.addClassName("data-table");
        table.setId("stage-history");
        table.getHead().addRows(new NativeTableRow(new NativeTableHeaderCell(getTranslation("incubation.stage.when")),
                new NativeTableHeaderCell(getTranslation("incubation.stage.move")),
                new NativeTableHeaderCell(getTranslation("incubation.stage.reason")),
                new NativeTableHeaderCell(getTranslation("incubation.stage.by"))));
        for (StageEntry entry : project.history()) {
            String move = entry.from() == null ? getTranslation("incubation.stage.started", getTranslation(
                    entry.to().messageKey())) : getTranslation(entry.from().messageKey()) + " → "
                    + getTranslation(entry.to().messageKey());
            table.getBody().addRows(new NativeTableRow(new NativeTableCell(IncubationUi.when(entry.at(),
                    project.zone())), new NativeTableCell(move), new NativeTableCell(entry.reason()),
                    new NativeTableCell(entry.by())));
        }
        box.add(table);
        boolean steward = project.viewer().incubator() || project.viewer().organiser();
        if (steward && !summary.stage().isFinal()) {
            Select<Stage> next = new Select<>();
            next.setLabel(getTranslation("incubation.stage.next"));
            next.setItems(Arrays.stream(Stage.values()).filter(summary.stage()::canMoveTo).toList());
            next.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
            next.setId("stage-next");
            TextArea reason = new TextArea(getTranslation("incubation.stage.reason"));
            reason.setId("stage-reason");
            reason.setMaxLength(2000);
            reason.setWidthFull();
            Button move = new Button(getTranslation("incubation.stage.moveButton"));
            move.setId("stage-move");
            move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            SingleSubmit.onClick(move, () -> {
                project = projects.moveStage(projectId, summary.version(), next.getValue(), reason.getValue());
                Notices.success("incubation.stage.moved", getTranslation(project.summary().stage().messageKey()));
                render();
            });
            Div form = new Div(next, reason, move);
            form.addClassName("card");
            box.add(form);
        }
        return box;
    }

    private Div periods() {
        Div box = new Div(new H3(getTranslation("incubation.checkIn.title")));
        box.setId("project-periods");
        NativeTable table = new NativeTable();
        table.addClassName("data-table");
        table.setId("period-table");
        table.getHead().addRows(new NativeTableRow(
                new NativeTableHeaderCell(getTranslation("incubation.checkIn.period")),
                new NativeTableHeaderCell(getTranslation("incubation.checkIn.due")),
                new NativeTableHeaderCell(getTranslation("incubation.checkIn.status")),
                new NativeTableHeaderCell("")));
        for (PeriodRow row : project.periods()) {
            String status = row.status() == null ? getTranslation(row.open() ? "incubation.checkIn.notStarted"
                    : "incubation.checkIn.running") : getTranslation("incubation.checkInStatus." + row.status());
            Span statusText = new Span(status);
            if (row.overdue()) {
                statusText.setText(status + " · " + getTranslation("incubation.checkIn.overdue"));
                statusText.getElement().getThemeList().add("badge error");
            }
            NativeTableCell action = new NativeTableCell();
            if (row.open()) {
                Anchor open = new Anchor("incubation/projects/" + projectId + "/check-in/" + row.period().start(),
                        getTranslation(project.viewer().team() && (row.status() == null
                                || row.status().editableByTeam()) ? "incubation.checkIn.fill"
                                : "incubation.checkIn.open"));
                open.setId("check-in-" + row.period().start());
                action.add(open);
            }
            table.getBody().addRows(new NativeTableRow(new NativeTableCell(IncubationUi.date(row.period().start())
                    + " – " + IncubationUi.date(row.period().end())), new NativeTableCell(IncubationUi.date(
                    row.period().due())), new NativeTableCell(statusText), action));
        }
        box.add(table);
        return box;
    }

    @Override
    public String getPageTitle() {
        return project == null ? getTranslation("error.notFound.title") : IncubationUi.text(project.summary().title());
    }
}
