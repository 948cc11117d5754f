package org.opencontest.incubation.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.opencontest.contest.ContestPicker;
import org.opencontest.contest.ContestService;
import org.opencontest.incubation.Cadence;
import org.opencontest.incubation.Candidate;
import org.opencontest.incubation.IncubationProjects;
import org.opencontest.incubation.IncubatorOrgView;
import org.opencontest.incubation.IncubatorOrganisations;
import org.opencontest.incubation.NewProject;
import org.opencontest.incubation.ProjectSummary;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.ui.LoadedView;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;
import org.opencontest.shared.ui.ViewerZone;

/**
 * Incubation for a contest's organisers: the awarded entries and other final submissions as candidates, taking one
 * into incubation (organisation, responsible incubators, reporting cadence), the contest's projects, and the way to
 * the impact report.
 */
@Route("organise/incubation/:contestId?")
@RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
@Menu(title = "nav.incubation.organise", order = 75, icon = "vaadin:rocket")
public class ContestIncubationView extends LoadedView implements HasDynamicTitle {

    private final transient IncubationProjects projects;
    private final transient IncubatorOrganisations organisations;
    private final transient ContestService contests;
    private final transient Clock clock;
    private Long contestId;

    public ContestIncubationView(IncubationProjects projects, IncubatorOrganisations organisations,
                                 ContestService contests, Clock clock) {
        this.projects = projects;
        this.organisations = organisations;
        this.contests = contests;
        this.clock = clock;
        setId("contest-incubation");
        addClassName("page");
    }

    @Override
    protected void load(BeforeEnterEvent event) {
        contestId = ContestPicker.managedContest(event, contests).orElse(null);
    }

    @Override
    protected void render() {
        add(new H1(getTranslation("incubation.organise.title")), contestChooser(),
                new Paragraph(new Anchor("organise/incubators", getTranslation("incubation.organise.toOrgs"))));
        if (contestId == null) {
            add(new Paragraph(getTranslation("incubation.organise.choose")));
            return;
        }
        add(new Paragraph(new Anchor("organise/incubation/" + contestId + "/impact",
                getTranslation("incubation.organise.toImpact"))));
        add(new H3(getTranslation("incubation.organise.projects")), projectGrid(projects.contestProjects(contestId)));
        add(new H3(getTranslation("incubation.organise.candidates")),
                new Paragraph(getTranslation("incubation.organise.candidatesHelp")),
                candidateGrid(projects.candidates(contestId)));
    }

    private ContestPicker contestChooser() {
        ContestPicker chooser = new ContestPicker(contests, getTranslation("incubation.organise.contest"), contestId, ContestIncubationView.class);
        chooser.setId("incubation-contest");
        return chooser;
    }

    private Grid<ProjectSummary> projectGrid(List<ProjectSummary> items) {
        Grid<ProjectSummary> grid = new Grid<>();
        grid.setId("incubation-projects");
        grid.addComponentColumn(project -> new Anchor("incubation/projects/" + project.id(), IncubationUi.text(project.title())))
                .setHeader(getTranslation("incubation.organise.project"));
        grid.addColumn(ProjectSummary::teamName).setHeader(getTranslation("incubation.organise.team"));
        grid.addComponentColumn(project -> IncubationUi.stageBadge(this, project.stage()))
                .setHeader(getTranslation("incubation.stage.title"));
        grid.addColumn(project -> getTranslation("incubation.consent." + project.consent()))
                .setHeader(getTranslation("incubation.consent.title"));
        grid.addColumn(project -> IncubationUi.text(project.organisation()))
                .setHeader(getTranslation("incubation.organise.organisation"));
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<Candidate> candidateGrid(List<Candidate> items) {
        Grid<Candidate> grid = new Grid<>();
        grid.setId("incubation-candidates");
        grid.addColumn(candidate -> IncubationUi.text(candidate.title())).setHeader(getTranslation("incubation.organise.entry"));
        grid.addColumn(Candidate::teamName).setHeader(getTranslation("incubation.organise.team"));
        grid.addColumn(candidate -> candidate.award() == null ? getTranslation("incubation.organise.selected")
                : IncubationUi.text(candidate.award())).setHeader(getTranslation("incubation.organise.award"));
        grid.addColumn(new ComponentRenderer<>(candidate -> {
            if (candidate.projectId() != null) {
                return new Anchor("incubation/projects/" + candidate.projectId(),
                        getTranslation("incubation.organise.inIncubation"));
            }
            Button take = new Button(getTranslation("incubation.organise.take"), click -> takeDialog(candidate).open());
            take.setId("take-" + candidate.teamId());
            take.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            return take;
        })).setKey("take");
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Dialog takeDialog(Candidate candidate) {
        Dialog dialog = new Dialog(getTranslation("incubation.organise.takeTitle", IncubationUi.text(candidate.title())));
        dialog.setId("take-dialog");
        List<IncubatorOrgView> orgs = organisations.all();
        ComboBox<IncubatorOrgView> org = new ComboBox<>(getTranslation("incubation.organise.organisation"));
        org.setId("take-org");
        org.setItems(orgs);
        org.setItemLabelGenerator(o -> IncubationUi.text(o.name()));
        MultiSelectComboBox<IncubatorOrgView.Incubator> responsible = new MultiSelectComboBox<>(
                getTranslation("incubation.organise.responsible"));
        responsible.setId("take-responsible");
        responsible.setItemLabelGenerator(incubator -> incubator.displayName() + " <" + incubator.email() + ">");
        org.addValueChangeListener(event -> {
            responsible.clear();
            responsible.setItems(event.getValue() == null ? List.of() : event.getValue().members());
        });
        if (orgs.size() == 1) {
            org.setValue(orgs.get(0));
        }
        Select<Cadence> cadence = new Select<>();
        cadence.setLabel(getTranslation("incubation.organise.cadence"));
        cadence.setItems(Cadence.values());
        cadence.setItemLabelGenerator(c -> getTranslation("incubation.cadence." + c));
        cadence.setValue(Cadence.QUARTERLY);
        cadence.setId("take-cadence");
        DatePicker start = new DatePicker(getTranslation("incubation.organise.start"), LocalDate.now(clock.withZone(ViewerZone.get())));
        start.setLocale(IncubationUi.locale());
        start.setId("take-start");
        Button take = new Button(getTranslation("incubation.organise.take"));
        take.setId("take-confirm");
        take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(take, () -> {
            if (org.getValue() == null) {
                Notices.error("incubation.organise.orgRequired");
                return;
            }
            Set<Long> members = responsible.getValue().stream().map(IncubatorOrgView.Incubator::memberId)
                    .collect(Collectors.toSet());
            ProjectSummary created = projects.start(new NewProject(contestId, candidate.teamId(), org.getValue().id(),
                    members, cadence.getValue(), start.getValue()));
            dialog.close();
            Notices.success("incubation.organise.taken", IncubationUi.text(created.title()));
            refresh();
        });
        if (orgs.isEmpty()) {
            dialog.add(new Paragraph(getTranslation("incubation.organise.noOrgs")));
        }
        dialog.add(new FormLayout(org, responsible, cadence, start));
        dialog.getFooter().add(new Button(getTranslation("incubation.cancel"), click -> dialog.close()), take);
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("incubation.organise.title");
    }
}
