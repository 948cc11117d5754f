package org.opencontest.team.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.PhaseWindow;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.ui.LoadedView;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.PickerTexts;
import org.opencontest.shared.ui.SingleSubmit;
import org.opencontest.team.ContestTeams;
import org.opencontest.team.EligibilityQuestion;
import org.opencontest.team.QuestionKind;
import org.opencontest.team.RegistrationSetup;
import org.opencontest.team.TeamSettings;

/**
 * The organiser's registration settings of a contest: approval, solo entries, the team lock and merge deadline (as
 * wall-clock times in the contest's zone), the rules version participants consent to, and the eligibility
 * questions. Settings and questions are saved together.
 */
@Route("organise/contests/:contestId/team-settings")
@RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
public class TeamSettingsView extends LoadedView implements HasDynamicTitle {

    private final transient RegistrationSetup setup;
    private ContestTeams overview;
    private final List<EligibilityQuestion> drafts = new ArrayList<>();
    private final List<QuestionEditor> editors = new ArrayList<>();
    private final Checkbox approval = new Checkbox();
    private final Checkbox solo = new Checkbox();
    private final DateTimePicker lock = new DateTimePicker();
    private final DateTimePicker merge = new DateTimePicker();
    private final TextField rulesVersion = new TextField();
    private final Div questionList = new Div();

    public TeamSettingsView(RegistrationSetup setup) {
        this.setup = setup;
        addClassName("page");
        setId("team-settings");
        approval.setId("settings-approval");
        solo.setId("settings-solo");
        lock.setId("settings-lock");
        merge.setId("settings-merge");
        rulesVersion.setId("settings-rules-version");
        rulesVersion.setMaxLength(40);
        questionList.setId("settings-questions");
    }

    @Override
    protected void load(BeforeEnterEvent event) {
        load(idParameter(event, "contestId"));
    }

    private void load(long contestId) {
        overview = setup.overview(contestId);
        TeamSettings settings = overview.settings();
        ZoneId zone = overview.contest().zone();
        approval.setValue(settings.approvalRequired());
        solo.setValue(settings.soloAllowed());
        lock.setValue(local(settings.lockAt(), zone));
        merge.setValue(local(settings.mergeDeadline(), zone));
        rulesVersion.setValue(settings.rulesVersion() == null ? "" : settings.rulesVersion());
        drafts.clear();
        drafts.addAll(overview.questions());
    }

    /** Typed questions survive a change of language, which draws the editors again. */
    @Override
    protected void refresh() {
        keepTypedQuestions();
        super.refresh();
    }

    @Override
    protected void render() {
        ContestPage contest = overview.contest();
        add(new H1(getTranslation("team.settings.title", contest.title().in(TeamUi.locale()))));
        Anchor back = new Anchor("organise/contests/" + contest.id() + "/teams", getTranslation("team.settings.back"));
        back.setId("settings-back");
        add(new Div(back));

        approval.setLabel(getTranslation("team.settings.approval"));
        solo.setLabel(getTranslation("team.settings.solo"));
        String registrationCloses = contest.timeline().phase(PhaseKind.REGISTRATION).map(PhaseWindow::closes)
                .map(closes -> TeamUi.when(closes, contest.zone())).orElse("–");
        lock.setLabel(getTranslation("team.settings.lock", contest.zone().getId()));
        lock.setHelperText(getTranslation("team.settings.lockHint", registrationCloses));
        merge.setLabel(getTranslation("team.settings.merge", contest.zone().getId()));
        merge.setHelperText(getTranslation("team.settings.mergeHint"));
        for (DateTimePicker picker : List.of(lock, merge)) {
            picker.setLocale(TeamUi.locale());
            picker.setDatePickerI18n(PickerTexts.datePicker(TeamUi.locale()));
        }
        rulesVersion.setLabel(getTranslation("team.settings.rulesVersion"));
        rulesVersion.setHelperText(getTranslation("team.settings.rulesVersionHint"));
        add(new Div(approval), new Div(solo), new Div(lock), new Div(merge), new Div(rulesVersion));

        add(new H3(getTranslation("team.settings.questions")),
                new Paragraph(getTranslation("team.settings.questionsHint")));
        renderQuestions();
        Button addQuestion = new Button(getTranslation("team.settings.addQuestion"), VaadinIcon.PLUS.create(),
                click -> {
                    keepTypedQuestions();
                    drafts.add(new EligibilityQuestion(null, QuestionKind.YES_NO, "", "", List.of(), false, null));
                    renderQuestions();
                });
        addQuestion.setId("settings-add-question");
        Button save = new Button(getTranslation("team.settings.save"));
        save.setId("settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(save, this::save);
        add(questionList, new Div(addQuestion), new Div(save));
    }

    private void renderQuestions() {
        questionList.removeAll();
        editors.clear();
        for (int i = 0; i < drafts.size(); i++) {
            int index = i;
            QuestionEditor editor = new QuestionEditor(drafts.get(i), i, () -> {
                keepTypedQuestions();
                drafts.remove(index);
                renderQuestions();
            });
            editors.add(editor);
            questionList.add(editor);
        }
    }

    private void keepTypedQuestions() {
        if (editors.size() == drafts.size()) {
            for (int i = 0; i < editors.size(); i++) {
                drafts.set(i, editors.get(i).value());
            }
        }
    }

    private void save() {
        keepTypedQuestions();
        ZoneId zone = overview.contest().zone();
        TeamSettings current = overview.settings();
        setup.saveRegistration(new TeamSettings(current.contestId(), current.version(),
                approval.getValue(), solo.getValue(), instant(lock.getValue(), zone), instant(merge.getValue(), zone),
                rulesVersion.getValue()), drafts);
        load(current.contestId());
        editors.clear();
        refresh();
        Notices.success("team.settings.saved");
    }

    private static LocalDateTime local(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    private static Instant instant(LocalDateTime local, ZoneId zone) {
        return local == null ? null : local.atZone(zone).toInstant();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.settings.pageTitle");
    }
}
