package org.opencontest.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestInput;
import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.PhaseWindow;
import org.opencontest.contest.TimelineChangeNote;
import org.opencontest.judging.AwardInput;
import org.opencontest.judging.JudgeAssignments;
import org.opencontest.judging.JudgePanel;
import org.opencontest.judging.JudgeQueueItem;
import org.opencontest.judging.JudgeScoring;
import org.opencontest.judging.JudgingSetup;
import org.opencontest.judging.PublishedResults;
import org.opencontest.judging.RankingReport;
import org.opencontest.judging.Rankings;
import org.opencontest.judging.ResultsDesk;
import org.opencontest.judging.RoundDetail;
import org.opencontest.judging.SheetInput;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.submission.ContestSubmissions;
import org.opencontest.submission.SubmissionFilter;
import org.opencontest.submission.VersionSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Judges the finished demo contest (Open Mobility 2025) through the real services, acting as the demo organiser and
 * the three demo judges: the preliminary round is assigned and scored, the best entries advance, the final is
 * assigned and scored, the organiser gives the prize and a special award, the contest moves into its results phase
 * and the results are published. All in one transaction, so a failure leaves nothing half done; skipped once the
 * results are published (or when the set-up of {@link JudgingDemoData} is missing).
 */
@Component
class ResultsDemoData {

    private static final Logger LOG = LoggerFactory.getLogger(ResultsDemoData.class);
    /** innovation, data, impact, feasibility (1–5) per judge and title prefix: Bus Bunching Radar is stronger. */
    private static final Map<String, int[][]> MARKS = Map.of(
            "Bus Bunching Radar", new int[][] {{4, 5, 4, 3}, {5, 4, 4, 4}, {4, 4, 3, 4}},
            "Safe Cycling Routes", new int[][] {{3, 4, 5, 3}, {3, 3, 4, 3}, {4, 3, 4, 2}});
    private static final String[] KEYS = {"innovation", "data", "impact", "feasibility"};

    private final ContestService contests;
    private final JudgingSetup setup;
    private final JudgePanel panel;
    private final JudgeAssignments assignments;
    private final JudgeScoring scoring;
    private final Rankings rankings;
    private final ResultsDesk desk;
    private final PublishedResults published;
    private final ContestSubmissions submissions;
    private final DemoPeople people;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ResultsDemoData(ContestService contests, JudgingSetup setup, JudgePanel panel, JudgeAssignments assignments,
            JudgeScoring scoring, Rankings rankings, ResultsDesk desk, PublishedResults published,
            ContestSubmissions submissions, DemoPeople people, PlatformTransactionManager tx,
            Clock clock) {
        this.contests = contests;
        this.setup = setup;
        this.panel = panel;
        this.assignments = assignments;
        this.scoring = scoring;
        this.rankings = rankings;
        this.desk = desk;
        this.published = published;
        this.submissions = submissions;
        this.people = people;
        this.transaction = new TransactionTemplate(tx);
        this.clock = clock;
    }

    void load() {
        AppPrincipal organiser;
        List<AppPrincipal> jury;
        try {
            organiser = people.get(DemoAccounts.ORGANISER);
            jury = DemoAccounts.JUDGES.stream().map(people::get).toList();
        } catch (RuntimeException missing) {
            LOG.info("Demo results skipped: demo accounts missing");
            return;
        }
        ContestPage contest;
        try {
            contest = SystemIdentity.callAs(organiser, () -> contests.page(JudgingDemoData.FINISHED));
        } catch (NotFoundException missing) {
            LOG.info("Demo results skipped: no contest {}", JudgingDemoData.FINISHED);
            return;
        }
        if (published.isPublished(contest.id())) {
            return;
        }
        List<RoundDetail> rounds = SystemIdentity.callAs(organiser, () -> setup.rounds(contest.id()));
        if (rounds.size() < 2) {
            LOG.info("Demo results skipped: {} has no preliminary and final round", JudgingDemoData.FINISHED);
            return;
        }
        transaction.executeWithoutResult(status -> judge(contest, organiser, jury, rounds.get(0), rounds.get(1)));
        LOG.info("Demo contest {} judged and its results published", JudgingDemoData.FINISHED);
    }

    private void judge(ContestPage contest, AppPrincipal organiser, List<AppPrincipal> jury, RoundDetail preliminary,
            RoundDetail finalRound) {
        // opening their judging page links each invitation to the judge's account
        jury.forEach(judge -> SystemIdentity.callAs(judge, panel::myJudgeships));
        SystemIdentity.callAs(organiser, () -> assignments.assign(preliminary.id()));
        scoreRound(jury, preliminary.id(), 0);
        SystemIdentity.callAs(organiser, () -> rankings.advance(preliminary.id()));
        SystemIdentity.callAs(organiser, () -> assignments.assign(finalRound.id()));
        scoreRound(jury, finalRound.id(), 1);
        RankingReport finals = SystemIdentity.callAs(organiser, () -> rankings.report(finalRound.id()));
        SystemIdentity.callAs(organiser, () -> desk.award(contest.id(), AwardInput.prize(
                finals.rows().get(0).versionId(), 0, "Best score in the final; unanimous among the judges.")));
        SystemIdentity.callAs(organiser, () -> desk.award(contest.id(), AwardInput.special(
                finals.rows().get(1).versionId(), new LocalizedText("Safety award", "安全出行奖"),
                "Most direct contribution to road safety.")));
        intoResultsPhase(contest.id(), organiser);
        SystemIdentity.callAs(organiser, () -> {
            long version = desk.state(contest.id()).version();
            desk.showScoresToTeams(contest.id(), version, true);
            return desk.publish(contest.id());
        });
    }

    /** Each judge scores every entry in their queue for the round (a little kinder in the final). */
    private void scoreRound(List<AppPrincipal> jury, long roundId, int bonus) {
        for (int j = 0; j < jury.size(); j++) {
            int judge = j;
            SystemIdentity.callAs(jury.get(j), () -> {
                for (JudgeQueueItem item : scoring.myQueue()) {
                    if (item.roundId() != roundId) {
                        continue;
                    }
                    int[] marks = marks(item.entryTitle().en(), judge);
                    Map<String, Integer> scores = new HashMap<>();
                    for (int k = 0; k < KEYS.length; k++) {
                        scores.put(KEYS[k], Math.min(5, marks[k] + (k == judge ? bonus : 0)));
                    }
                    var sheet = scoring.open(item.assignmentId()).sheet();
                    scoring.submit(item.assignmentId(), sheet.version(), new SheetInput(scores,
                            Map.of("data", "Clear use of the released feeds. 对公开数据的运用清晰。"),
                            "Well presented; show a field test next time. 展示清晰，下次请附实地测试。",
                            "Private: compare with last year's entry."));
                }
                return null;
            });
        }
    }

    private static int[] marks(String title, int judge) {
        return MARKS.entrySet().stream().filter(e -> title.startsWith(e.getKey())).findFirst()
                .map(e -> e.getValue()[judge]).orElse(new int[] {3, 3, 3, 3});
    }

    /**
     * The demo versions were submitted moments ago, so the submission phase closes just after the last of them,
     * judging covers the sheets above, and the results phase opens now.
     */
    private void intoResultsPhase(long contestId, AppPrincipal organiser) {
        Instant lastVersion = SystemIdentity.callAs(organiser, () -> submissions.overview(contestId,
                SubmissionFilter.ALL, 0, 1000)).stream().map(VersionSummary::submittedAt).max(Instant::compareTo)
                .orElseThrow();
        SystemIdentity.callAs(organiser, () -> {
            ContestEditState state = contests.edit(contestId);
            ContestInput input = state.input();
            Instant closes = lastVersion.plusMillis(1);
            Instant now = clock.instant().isAfter(closes) ? clock.instant() : closes.plusMillis(1);
            return contests.update(contestId, state.version(), new ContestInput(input.slug(), input.title(),
                    input.summary(), input.description(), input.rules(), input.theme(), input.zone(),
                    input.teamSizeMin(), input.teamSizeMax(), input.tracks(), input.prizes(), List.of(
                            new PhaseWindow(PhaseKind.REGISTRATION, closes.minus(Duration.ofDays(40)),
                                    closes.minus(Duration.ofDays(20))),
                            new PhaseWindow(PhaseKind.SUBMISSION, closes.minus(Duration.ofDays(30)), closes),
                            new PhaseWindow(PhaseKind.JUDGING, closes, now),
                            new PhaseWindow(PhaseKind.RESULTS, now, now.plus(Duration.ofDays(60))))),
                    TimelineChangeNote.closingNow("Demo data: judging is over, so the results can be shown."));
        });
    }
}
