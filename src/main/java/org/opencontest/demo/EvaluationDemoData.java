package org.opencontest.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestInput;
import org.opencontest.contest.ContestRules;
import org.opencontest.contest.ContestService;
import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.PhaseWindow;
import org.opencontest.contest.TimelineChangeNote;
import org.opencontest.evaluation.EvaluatedTrackPlan;
import org.opencontest.evaluation.EvaluatedTracks;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.submission.PackageInput;
import org.opencontest.submission.PackageState;
import org.opencontest.submission.PackageSubmission;
import org.opencontest.submission.SubmissionDrafts;
import org.opencontest.submission.SubmissionFileTypes;
import org.opencontest.team.Enrolment;
import org.opencontest.team.TeamRegistration;
import org.opencontest.team.TeamService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The accident-forecast demo contest (SODA 2026's algorithm track): an evaluated track scored by MAE against a
 * hidden answer key of November 2024's daily accidents per district, the history published in the catalog, three
 * demo teams whose prediction files go through the real submission and scoring path (db-scheduler scores them in
 * the background a few seconds after start), and the private leaderboard revealed. As the demo organiser and
 * participants through the public services: the contest opens, teams submit, then the organiser closes the
 * submission phase just after the last file and reveals. Skipped when the contest exists.
 */
@Component
class EvaluationDemoData {

    static final String SLUG = "soda-2026-accident-forecast";
    /** The forecast covers November 2024; the history ends the day before. */
    static final LocalDate FORECAST_FROM = LocalDate.of(2024, 11, 1);
    static final LocalDate FORECAST_UNTIL = LocalDate.of(2024, 12, 1);
    private static final Logger LOG = LoggerFactory.getLogger(EvaluationDemoData.class);

    private final ContestService contests;
    private final TeamService teams;
    private final SubmissionDrafts drafts;
    private final PackageSubmission submitting;
    private final SubmissionFileTypes fileTypes;
    private final EvaluatedTracks evaluation;
    private final DatasetDemoData datasets;
    private final DemoPeople people;
    private final Clock clock;

    EvaluationDemoData(ContestService contests, TeamService teams, SubmissionDrafts drafts,
                       PackageSubmission submitting, SubmissionFileTypes fileTypes, EvaluatedTracks evaluation,
                       DatasetDemoData datasets, DemoPeople people, Clock clock) {
        this.contests = contests;
        this.teams = teams;
        this.drafts = drafts;
        this.submitting = submitting;
        this.fileTypes = fileTypes;
        this.evaluation = evaluation;
        this.datasets = datasets;
        this.people = people;
        this.clock = clock;
    }

    void load() {
        AppPrincipal organiser;
        List<AppPrincipal> participants;
        try {
            organiser = people.get(DemoAccounts.ORGANISER);
            participants = DemoAccounts.PARTICIPANTS.stream().map(people::get).toList();
        } catch (RuntimeException missing) {
            LOG.info("Demo accident forecast skipped: demo accounts missing");
            return;
        }
        if (ContestDemoData.exists(contests, SLUG)) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.HOURS);
        long contestId = SystemIdentity.callAs(organiser, () -> {
            ContestEditState draft = contests.create(input(List.of(
                    new PhaseWindow(PhaseKind.REGISTRATION, now.minus(Duration.ofDays(20)), now.plus(Duration.ofDays(1))),
                    new PhaseWindow(PhaseKind.SUBMISSION, now.minus(Duration.ofDays(14)), now.plus(Duration.ofDays(2))))));
            return contests.publish(draft.id(), draft.version()).id();
        });
        Long track = SystemIdentity.callAs(organiser, () -> contests.page(contestId)).tracks().get(0).id();
        datasets.loadDailyAccidents(contestId);
        long evaluated = SystemIdentity.callAs(organiser, () -> {
            fileTypes.allow(contestId, Set.of("text/csv", "text/plain"));
            long id = evaluation.add(contestId, new EvaluatedTrackPlan(track, "MAE", "id", "accidents", 0.3, 5, 3));
            evaluation.uploadAnswerKey(contestId, id, csv(AccidentCounts.answerKey(FORECAST_FROM, FORECAST_UNTIL)),
                    "accidents-2024-11.csv");
            return id;
        });

        register(participants.get(0), contestId, track, "Night Owls 夜猫子");
        register(participants.get(1), contestId, track, "数据骑手 Data Riders");
        register(participants.get(2), contestId, track, "BetaNYC Mappers");
        submit(participants.get(2), contestId, track, "district-rates.csv",
                AccidentCounts.districtRates(FORECAST_FROM, FORECAST_UNTIL));
        submit(participants.get(1), contestId, track, "gradient-boosting.csv",
                AccidentCounts.noisy(FORECAST_FROM, FORECAST_UNTIL, 11));
        submit(participants.get(0), contestId, track, "weekly-profile.csv",
                AccidentCounts.weeklyRates(FORECAST_FROM, FORECAST_UNTIL));

        SystemIdentity.callAs(organiser, () -> {
            closeSubmission(contestId);
            evaluation.reveal(contestId, evaluated);
            return null;
        });
        LOG.info("Demo contest {} loaded; its prediction files are scored in the background", SLUG);
    }

    private void register(AppPrincipal leader, long contestId, Long track, String name) {
        SystemIdentity.callAs(leader, () -> teams.register(contestId, new TeamRegistration(name,
                "Forecasting accidents per district and day.", track, false), Enrolment.consenting()));
    }

    /** Uploads the team's prediction file and submits it (one version per team). */
    private void submit(AppPrincipal member, long contestId, Long track, String fileName, String predictions) {
        SystemIdentity.callAs(member, () -> {
            drafts.upload(contestId, csv(predictions), fileName, clock.instant());
            PackageState state = drafts.myPackage(contestId);
            drafts.saveDraft(contestId, state.version(), new PackageInput(track, "Accident forecast", "事故预测",
                    "Predicted accidents per district and day, November 2024.", "2024 年 11 月各区每日事故预测。",
                    List.of(), null, null, null, null));
            return submitting.submit(contestId, UUID.randomUUID().toString());
        });
    }

    /** The submission phase closes just after the last file (so every one was on time) and results open. */
    private void closeSubmission(long contestId) {
        ContestEditState state = contests.edit(contestId);
        Instant closes = clock.instant();
        ContestInput in = state.input();
        contests.update(contestId, state.version(), new ContestInput(in.slug(), in.title(), in.summary(),
                in.description(), in.rules(), in.theme(), in.zone(), in.teamSizeMin(), in.teamSizeMax(), in.tracks(),
                in.prizes(), List.of(
                        new PhaseWindow(PhaseKind.REGISTRATION, closes.minus(Duration.ofDays(20)),
                                closes.minus(Duration.ofDays(7))),
                        new PhaseWindow(PhaseKind.SUBMISSION, closes.minus(Duration.ofDays(14)), closes),
                        new PhaseWindow(PhaseKind.RESULTS, closes, closes.plus(Duration.ofDays(30))))),
                TimelineChangeNote.closingNow("Demo data: the forecast closes so that the private leaderboard shows."));
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ContestInput input(List<PhaseWindow> phases) {
        return new ContestInput(SLUG,
                new LocalizedText("SODA 2026 — Accident Forecast", "SODA 2026 — 交通事故预测"),
                new LocalizedText("Forecast the road accidents of every Shanghai district, day by day.",
                        "逐日预测上海各区的道路交通事故数。"),
                new LocalizedText("""
                        ## The task
                        From the published history of daily accidents per district, predict the number of accidents \
                        in each district on each day of November 2024. Submissions are scored automatically by the \
                        **mean absolute error** (lower is better): the public leaderboard shows 30 % of the rows, the \
                        private one, revealed after the deadline, decides.
                        """, """
                        ## 赛题
                        根据已发布的各区每日事故历史数据，预测 2024 年 11 月每一天各区的事故数。提交结果按\
                        **平均绝对误差**（越低越好）自动评分：公开排行榜使用 30% 的数据行，截止后公布的私有排行榜决定名次。
                        """),
                new LocalizedText("- Teams of 1 to 3\n- At most 5 scored submissions per day",
                        "- 每队 1 至 3 人\n- 每天最多 5 次计分提交"),
                new LocalizedText("City safety", "城市安全"), ContestRules.DEFAULT_ZONE, 1, 3,
                List.of(new ContestInput.TrackInput(null, new LocalizedText("Accident forecast", "事故预测"),
                        new LocalizedText("Daily accidents per district, scored by MAE.", "各区每日事故数，按 MAE 评分。"))),
                List.of(), phases);
    }
}
