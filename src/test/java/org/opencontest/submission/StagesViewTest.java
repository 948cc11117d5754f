package org.opencontest.submission;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.submission.ViewChecks.id;
import static org.opencontest.submission.ViewChecks.refused;
import static org.opencontest.submission.ViewChecks.text;
import static org.opencontest.support.Actors.as;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestService;
import org.opencontest.judging.JudgeAssignments;
import org.opencontest.judging.JudgeScoring;
import org.opencontest.judging.JudgingFixtures;
import org.opencontest.judging.JudgingSetup;
import org.opencontest.judging.ResultsFixtures;
import org.opencontest.judging.RoundDetail;
import org.opencontest.judging.RoundInput;
import org.opencontest.judging.RubricDetail;
import org.opencontest.judging.ScoringFixtures;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.ui.NotFoundView;
import org.opencontest.submission.internal.StageAdministration;
import org.opencontest.submission.internal.StageDefinition;
import org.opencontest.submission.internal.SubmissionRules;
import org.opencontest.support.KaribuTest;
import org.opencontest.support.MovableClock;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;

/** The organiser's stage editor and shortlist, and the stages on the team's submission page, as Karibu sees them. */
class StagesViewTest extends KaribuTest {

    @Autowired ContestService contests;
    @Autowired TeamService teams;
    @Autowired SubmissionDrafts drafts;
    @Autowired PackageSubmission submitting;
    @Autowired StageAdministration stages;
    @Autowired MovableClock clock;
    @Autowired JudgingSetup setup;
    @Autowired JudgeAssignments assignments;
    @Autowired JudgeScoring scoring;
    @Autowired ScoringFixtures scoringFixtures;

    SubmissionFixtures.Scenario s;
    Instant day;
    ZoneId zone;

    @BeforeEach
    void setUp() {
        day = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        s = SubmissionFixtures.scenario(contests, teams, clock.instant());
        zone = contests.page(s.contestId()).zone();
    }

    @Test
    void theOrganiserAddsAStageFixesWhatIsRefusedAndShortlistsATeam() {
        signInAs(s.organiser());
        navigate("organise/contests/" + s.contestId());
        assertThat(id(Anchor.class, "contest-stages-page").getHref())
                .isEqualTo("organise/submissions/" + s.contestId() + "/stages");
        navigate("organise/submissions/" + s.contestId());
        assertThat(id(RouterLink.class, "stages-link").getHref()).isEqualTo("organise/submissions/" + s.contestId() + "/stages");
        navigate("organise/submissions/" + s.contestId() + "/stages");
        assertThat(id(TextField.class, "stage-1-name-en").getValue()).isEmpty();

        _click(id(Button.class, "stage-add"));
        refused(() -> _click(id(Button.class, "stages-save")),
                "Stage 1: give its name in English and in Chinese (at most 120 characters each).");
        name(1, "Idea", "创意");
        name(2, "Prototype", "原型");
        refused(() -> _click(id(Button.class, "stages-save")), "Stage 2 must open no earlier than stage 1 closes.");
        window(1, day.minus(Duration.ofDays(1)), day.plus(Duration.ofDays(2)));
        window(2, day.plus(Duration.ofDays(3)), day.plus(Duration.ofDays(12)));
        refused(() -> _click(id(Button.class, "stages-save")),
                "Stage 2: its window must lie inside the contest's submission phase.");
        window(2, day.plus(Duration.ofDays(3)), day.plus(Duration.ofDays(9)));
        _click(id(Button.class, "stages-save"));
        expectNotifications("Stages saved.");
        assertThat(as(s.organiser(), () -> stages.plan(s.contestId())).stages()).extracting(stage -> stage.opens())
                .containsExactly(day.minus(Duration.ofDays(1)), day.plus(Duration.ofDays(3)));

        submitIdea();
        navigate("organise/submissions/" + s.contestId() + "/stages");
        Grid<?> entries = id(Grid.class, "stage-entries-1");
        assertThat(_size(entries)).isEqualTo(1);
        assertThat(text("shortlist-count-1")).isEqualTo("No team shortlisted yet");
        _click((Button) _getCellComponent(entries, 0, "shortlist"));
        expectNotifications(as(s.member(), () -> drafts.myPackage(s.contestId())).teamName() + " is shortlisted.");
        assertThat(text("shortlist-count-1")).isEqualTo("1 team shortlisted");
        assertThat(((Span) _getCellComponent(id(Grid.class, "stage-entries-1"), 0, "shortlist")).getText())
                .isEqualTo("Shortlisted");

        navigate("organise/submissions/" + s.contestId());
        assertThat(_getFormatted(id(Grid.class, "submissions-grid"), 0, "stage")).as("the overview names the stage")
                .isEqualTo("Idea");
    }

    @Test
    void theTeamSeesWhereItStandsAndANotShortlistedTeamIsToldUpFront() {
        ideaThenPrototype();
        submitIdea();
        signInAs(s.member());
        navigate("submissions/" + s.contestId());
        assertThat(text("stage-standings")).contains("Idea: open, due").contains("1 day left").contains("submitted")
                .contains("Prototype: opens");

        clock.advance(Duration.ofDays(4));
        useLocale(SupportedLocales.CHINESE);
        navigate("submissions/" + s.contestId());
        assertThat(text("stage-standings")).contains("创意：已于").contains("已提交").contains("原型：进行中")
                .contains("仅限从上一阶段入围的队伍");
        assertThat(text("submission-not-shortlisted")).isEqualTo("“原型”仅向从上一阶段入围的队伍开放，你的队伍未入围。"
                + "主办方尚未向队伍公开评委对“创意”的反馈；公开后会显示在竞赛的反馈页面。");
        assertThat(id(Button.class, "submission-submit").isEnabled()).isFalse();
        // the package form shows the idea as it stands: nothing to fill in for a stage the team may not enter
        for (String field : List.of("submission-title-en", "submission-title-zh", "submission-demo-link")) {
            assertThat(id(TextField.class, field).isReadOnly()).as(field).isTrue();
        }
        assertThat(id(TextArea.class, "submission-abstract-en").isReadOnly()).isTrue();
        assertThat(id(Button.class, "submission-save").isEnabled()).isFalse();
        assertThat(id(Upload.class, "submission-upload").isEnabled()).isFalse();
        assertThat(((Button) _getCellComponent(id(Grid.class, "submission-files"), 0, "remove")).isEnabled()).isFalse();

        navigate("contests/" + s.slug());
        assertThat(text("contest-stages")).contains("比赛阶段", "创意", "原型");
    }

    @Test
    void theEditorSpeaksChineseAndIsHiddenFromOtherOrganisers() {
        signInAs(s.organiser());
        useLocale(SupportedLocales.CHINESE);
        navigate("organise/submissions/" + s.contestId() + "/stages");
        assertThat(id(TextField.class, "stage-1-name-zh").getLabel()).isEqualTo("名称（中文）");
        assertThat(id(Button.class, "stages-save").getText()).isEqualTo("保存阶段");
        window(1, day.plus(Duration.ofDays(2)), day.plus(Duration.ofDays(1)));
        refused(() -> _click(id(Button.class, "stages-save")),
                "第 1 阶段：请同时填写开始和截止时间（开始在前），或都不填以沿用作品提交阶段。");

        signInAs(SubmissionFixtures.scenario(contests, teams, clock.instant()).organiser());
        navigate("organise/submissions/" + s.contestId() + "/stages");
        _get(NotFoundView.class);
    }

    @Test
    void theOrganiserReleasesAStagesFeedbackAndTheRefusedTeamIsLedToIt() {
        ideaThenPrototype();
        submitIdea();
        RubricDetail rubric = as(s.organiser(), () -> setup.createRubric(s.contestId(), JudgingFixtures.rubric()));
        RoundDetail round = as(s.organiser(), () -> setup.createRound(s.contestId(), new RoundInput(
                new LocalizedText("Idea round", "创意轮"), rubric.id(), false, 1, null, null,
                JudgingFixtures.round(rubric.id(), "x").aggregation(), null, 1)));
        ScoringFixtures.JudgeActor judge = scoringFixtures.judge(s.contestId(), s.organiser(), "Stage judge", 10);
        as(s.organiser(), () -> assignments.assign(round.id()));
        ResultsFixtures.score(scoring, judge.principal(), round.id(), "Safer crossings", 2, 6,
                "Show the crossing data you used.", null);

        signInAs(s.organiser());
        navigate("organise/submissions/" + s.contestId() + "/stages");
        Checkbox release = id(Checkbox.class, "stage-feedback-1");
        assertThat(release.getLabel()).isEqualTo("Release the judges’ feedback on “Idea” to its teams");
        assertThat(release.getValue()).isFalse();
        _setValue(release, true);
        expectNotifications("The judges’ feedback on “Idea” is released to the teams.");
        navigate("organise/submissions/" + s.contestId() + "/stages");
        assertThat(id(Checkbox.class, "stage-feedback-1").getValue()).as("stored").isTrue();

        clock.advance(Duration.ofDays(4));
        signInAs(s.member());
        navigate("submissions/" + s.contestId());
        assertThat(text("submission-not-shortlisted")).startsWith("“Prototype” is open only to teams shortlisted")
                .contains("The judges’ feedback on your “Idea” entry is on the contest’s feedback page.");
        assertThat(id(Anchor.class, "submission-feedback-link").getHref())
                .isEqualTo("contests/" + s.slug() + "/feedback");
        navigate("contests/" + s.slug() + "/feedback");
        assertThat(text("feedback-not-published")).isEqualTo(
                "The results are not published yet. The organisers released the judges’ comments on the stages below.");
        assertThat(text("team-feedback")).contains("Idea round").contains("Show the crossing data you used.")
                .doesNotContain("points");
    }

    /** Idea until two days ahead, prototype from three days ahead, both with the default rules. */
    private void ideaThenPrototype() {
        as(s.organiser(), () -> stages.save(s.contestId(), List.of(
                new StageDefinition(1, new LocalizedText("Idea", "创意"), day.minus(Duration.ofDays(1)),
                        day.plus(Duration.ofDays(2)), null, SubmissionRules.DEFAULTS),
                new StageDefinition(2, new LocalizedText("Prototype", "原型"), day.plus(Duration.ofDays(3)),
                        day.plus(Duration.ofDays(9)), null, SubmissionRules.DEFAULTS))));
    }

    private void submitIdea() {
        as(s.member(), () -> {
            drafts.upload(s.contestId(), SubmissionFixtures.pdf(), "proposal.pdf", clock.instant());
            SubmissionFixtures.describe(drafts, s.member(), s.contestId(), "Safer crossings", "更安全的路口");
            return submitting.submit(s.contestId(), UUID.randomUUID().toString());
        });
    }

    private void name(int stage, String en, String zh) {
        _setValue(id(TextField.class, "stage-" + stage + "-name-en"), en);
        _setValue(id(TextField.class, "stage-" + stage + "-name-zh"), zh);
    }

    private void window(int stage, Instant opens, Instant closes) {
        _setValue(id(DateTimePicker.class, "stage-" + stage + "-opens"), LocalDateTime.ofInstant(opens, zone));
        _setValue(id(DateTimePicker.class, "stage-" + stage + "-closes"), LocalDateTime.ofInstant(closes, zone));
    }
}
