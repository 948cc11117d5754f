package org.opencontest.judging.ui;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import org.opencontest.contest.ContestService;
import org.opencontest.judging.Aggregation;
import org.opencontest.judging.JudgeInput;
import org.opencontest.judging.JudgePanel;
import org.opencontest.judging.internal.JudgingLog;
import org.opencontest.judging.JudgingSetup;
import org.opencontest.judging.RoundDetail;
import org.opencontest.judging.RoundInput;
import org.opencontest.judging.RubricDetail;
import org.opencontest.judging.internal.ConflictRegister;
import org.opencontest.judging.internal.JudgeDetail;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;

/**
 * The organiser's judging page of a contest: the jury (with invitations by e-mail), the rounds with their declared
 * method, and the check of the tamper-evident judging log. Texts are built in the viewer's language on entry.
 */
@Route("organise/contests/:contestId/judging")
@RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
public class JudgingSetupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient JudgingSetup setup;
    private final transient JudgePanel panel;
    private final transient JudgingLog log;
    private final transient ConflictRegister register;
    private final transient ContestService contests;
    private final Grid<JudgeDetail> judges = new Grid<>();
    private final Grid<RoundDetail> rounds = new Grid<>();
    private final ComboBox<RubricDetail> rubricChoice = new ComboBox<>();
    private RubricSection rubricSection;
    private ConflictSection conflictSection;
    private long contestId;

    public JudgingSetupView(JudgingSetup setup, JudgePanel panel, JudgingLog log, ConflictRegister register,
            ContestService contests) {
        this.setup = setup;
        this.panel = panel;
        this.log = log;
        this.register = register;
        this.contests = contests;
        setId("judging-setup");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        contestId = event.getRouteParameters().getLong("contestId").orElse(-1L);
        if (!contests.canManage(contestId)) {
            // unknown and not-yours look the same
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        H1 title = new H1(getTranslation("judging.setup.title",
                contests.edit(contestId).input().title().in(getLocale())));
        rubricSection = new RubricSection(setup, contestId, this::refresh);
        conflictSection = new ConflictSection(register, contestId, this::refresh);
        add(title, new H3(getTranslation("judging.setup.jury")), inviteForm(), judgesGrid(),
                new H3(getTranslation("judging.setup.rubrics")), rubricSection,
                new H3(getTranslation("judging.setup.conflicts")), conflictSection,
                new H3(getTranslation("judging.setup.rounds")), roundForm(), roundsGrid(),
                new H3(getTranslation("judging.results.desk.link")), resultsLink(), new LogCheck(log, contestId));
        refresh();
    }

    private HorizontalLayout inviteForm() {
        EmailField email = new EmailField(getTranslation("judging.judge.field.email"));
        email.setId("judge-email");
        email.setHelperText(getTranslation("judging.judge.field.email.helper"));
        TextField name = new TextField(getTranslation("judging.judge.field.name"));
        name.setId("judge-name");
        TextField organisation = new TextField(getTranslation("judging.judge.field.organisation"));
        organisation.setId("judge-organisation");
        IntegerField maxLoad = new IntegerField(getTranslation("judging.judge.field.maxLoad"));
        maxLoad.setId("judge-max-load");
        maxLoad.setValue(20);
        maxLoad.setMin(0);
        Button invite = new Button(getTranslation("judging.judge.invite"));
        invite.setId("judge-invite");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(invite, () -> {
            JudgeDetail judge = panel.invite(contestId, new JudgeInput(email.getValue(), name.getValue(),
                    organisation.getValue(), Set.of(), maxLoad.getValue() == null ? -1 : maxLoad.getValue()));
            Notices.success("judging.judge.invited", judge.email());
            email.clear();
            name.clear();
            organisation.clear();
            refresh();
        });
        HorizontalLayout form = new HorizontalLayout(email, name, organisation, maxLoad, invite);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private HorizontalLayout roundForm() {
        TextField nameEn = new TextField(getTranslation("judging.round.field.nameEn"));
        nameEn.setId("round-name-en");
        TextField nameZh = new TextField(getTranslation("judging.round.field.nameZh"));
        nameZh.setId("round-name-zh");
        rubricChoice.setLabel(getTranslation("judging.round.field.rubric"));
        rubricChoice.setItemLabelGenerator(RubricDetail::name);
        rubricChoice.setId("round-rubric");
        IntegerField perEntry = new IntegerField(getTranslation("judging.round.field.judgesPerEntry"));
        perEntry.setId("round-judges-per-entry");
        perEntry.setValue(3);
        Checkbox blind = new Checkbox(getTranslation("judging.round.blind"), true);
        blind.setId("round-blind");
        Checkbox normalise = new Checkbox(getTranslation("judging.round.field.normalise"), true);
        normalise.setId("round-normalise");
        List<LocalizedText> stageNames = setup.stageNames(contestId);
        ComboBox<Integer> stage = new ComboBox<>(getTranslation("judging.round.field.stage"));
        stage.setId("round-stage");
        stage.setItems(java.util.stream.IntStream.rangeClosed(1, stageNames.size()).boxed().toList());
        stage.setItemLabelGenerator(number -> stageNames.get(number - 1).in(getLocale()));
        stage.setHelperText(getTranslation("judging.round.field.stage.helper"));
        stage.setVisible(stageNames.size() > 1);
        IntegerField advanceCount = new IntegerField(getTranslation("judging.round.field.advanceCount"));
        advanceCount.setId("round-advance-count");
        advanceCount.setMin(1);
        Button create = new Button(getTranslation("judging.round.create"));
        create.setId("round-create");
        SingleSubmit.onClick(create, () -> {
            if (rubricChoice.getValue() == null) {
                throw new UserFacingException("judging.round.error.rubricRequired");
            }
            Aggregation recommended = Aggregation.recommended();
            setup.createRound(contestId, new RoundInput(new LocalizedText(nameEn.getValue(), nameZh.getValue()),
                    rubricChoice.getValue().id(), blind.getValue(),
                    perEntry.getValue() == null ? 0 : perEntry.getValue(), advanceCount.getValue(), null,
                    new Aggregation(normalise.getValue(), recommended.trimFraction(),
                            recommended.minSheetsPerJudge(), recommended.disagreementThreshold(),
                            recommended.topN(), recommended.bootstrapSamples(), recommended.tieBreakers()), null,
                    stage.getValue()));
            Notices.success("judging.round.created");
            nameEn.clear();
            nameZh.clear();
            refresh();
        });
        HorizontalLayout form = new HorizontalLayout(nameEn, nameZh, rubricChoice, perEntry, stage, advanceCount, blind,
                normalise, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private Grid<JudgeDetail> judgesGrid() {
        judges.removeAllColumns();
        judges.addColumn(JudgeDetail::displayName).setHeader(getTranslation("judging.judge.field.name"));
        judges.addColumn(JudgeDetail::email).setHeader(getTranslation("judging.judge.field.email"));
        judges.addColumn(judge -> judge.organisation() == null ? "" : judge.organisation())
                .setHeader(getTranslation("judging.judge.field.organisation"));
        judges.addColumn(JudgeDetail::maxLoad).setHeader(getTranslation("judging.judge.field.maxLoad"));
        judges.addColumn(judge -> getTranslation(judge.userId() == null ? "judging.judge.account.none"
                : "judging.judge.account.linked")).setHeader(getTranslation("judging.judge.account"));
        judges.setEmptyStateText(getTranslation("judging.setup.noJudges"));
        judges.setAllRowsVisible(true);
        judges.setId("judges");
        return judges;
    }

    private Grid<RoundDetail> roundsGrid() {
        rounds.removeAllColumns();
        rounds.addColumn(RoundDetail::position).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        rounds.addColumn(round -> round.input().name().in(getLocale()))
                .setHeader(getTranslation("judging.round.field.name"));
        List<LocalizedText> stageNames = setup.stageNames(contestId);
        if (stageNames.size() > 1) {
            rounds.addColumn(round -> round.input().stage() == null ? ""
                            : stageNames.get(round.input().stage() - 1).in(getLocale()))
                    .setHeader(getTranslation("judging.round.field.stage")).setKey("stage");
        }
        rounds.addColumn(round -> round.input().judgesPerEntry())
                .setHeader(getTranslation("judging.round.field.judgesPerEntry"));
        rounds.addColumn(round -> getTranslation(round.input().blind() ? "judging.round.blind" : "judging.round.open"))
                .setHeader(getTranslation("judging.round.field.blind"));
        rounds.addColumn(this::method).setHeader(getTranslation("judging.round.field.method")).setFlexGrow(3);
        rounds.addColumn(round -> getTranslation(round.locked() ? "judging.round.locked" : "judging.round.editable"))
                .setHeader(getTranslation("judging.round.field.status"));
        rounds.addComponentColumn(round -> {
            Anchor assignment = new Anchor("organise/judging/rounds/" + round.id() + "/assignment",
                    getTranslation("assignment.open"));
            assignment.setId("round-assignment-" + round.id());
            return assignment;
        }).setHeader(getTranslation("assignment.column")).setKey("assignment");
        rounds.addComponentColumn(round -> {
            Anchor pitches = new Anchor("organise/judging/rounds/" + round.id() + "/final",
                    getTranslation("pitch.open"));
            pitches.setId("round-final-" + round.id());
            return pitches;
        }).setHeader(getTranslation("pitch.column")).setKey("final");
        rounds.setEmptyStateText(getTranslation("judging.setup.noRounds"));
        rounds.setAllRowsVisible(true);
        rounds.setId("rounds");
        return rounds;
    }

    private String method(RoundDetail round) {
        return MethodTexts.describe(this, round.input().aggregation());
    }

    private Anchor resultsLink() {
        Anchor results = new Anchor("organise/contests/" + contestId + "/results",
                getTranslation("judging.results.desk.open"));
        results.setId("results-desk-link");
        return results;
    }

    private void refresh() {
        List<JudgeDetail> jury = panel.judges(contestId);
        judges.setItems(jury);
        conflictSection.show(jury);
        rounds.setItems(setup.rounds(contestId));
        List<RubricDetail> rubrics = setup.rubrics(contestId);
        rubricChoice.setItems(rubrics);
        rubricSection.show(rubrics);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("judging.setup.pageTitle");
    }
}
