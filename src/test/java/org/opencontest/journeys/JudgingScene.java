package org.opencontest.journeys;

import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.opencontest.contest.ContestService;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.judging.Aggregation;
import org.opencontest.judging.CriterionInput;
import org.opencontest.judging.JudgeAssignments;
import org.opencontest.judging.JudgeInput;
import org.opencontest.judging.JudgePanel;
import org.opencontest.judging.JudgeQueueItem;
import org.opencontest.judging.JudgeScoring;
import org.opencontest.judging.JudgingSetup;
import org.opencontest.judging.RoundDetail;
import org.opencontest.judging.RoundInput;
import org.opencontest.judging.RubricDetail;
import org.opencontest.judging.RubricInput;
import org.opencontest.judging.ScoringFixtures;
import org.opencontest.judging.SheetInput;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.team.TeamFixtures;
import org.opencontest.team.TeamService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * A contest in the middle of judging for the browser journeys (the demo's own contest with entries is judged and
 * published already): the demo organiser's contest with two submitted entries, a four-criterion rubric scored 1–5, a
 * blind round and the demo judge, assigned both entries, with a draft sheet started for the first. A test-only
 * component, like ScoringFixtures.
 */
@Component
class JudgingScene {

    static final String JUDGE = "judge@example.org";
    static final List<String> TEAMS = List.of("Bus Lane Watch", "Curb Finder");

    private final ContestService contests;
    private final TeamService teams;
    private final ScoringFixtures fixtures;
    private final JudgingSetup setup;
    private final JudgePanel panel;
    private final JudgeAssignments assignments;
    private final JudgeScoring scoring;
    private final UserDetailsService users;
    private final Clock clock;

    JudgingScene(ContestService contests, TeamService teams, ScoringFixtures fixtures, JudgingSetup setup,
            JudgePanel panel, JudgeAssignments assignments, JudgeScoring scoring, UserDetailsService users,
            Clock clock) {
        this.contests = contests;
        this.teams = teams;
        this.fixtures = fixtures;
        this.setup = setup;
        this.panel = panel;
        this.assignments = assignments;
        this.scoring = scoring;
        this.users = users;
        this.clock = clock;
    }

    record Scene(long contestId, String slug, AppPrincipal organiser, RoundDetail round) {
    }

    Scene build() {
        AppPrincipal organiser = (AppPrincipal) users.loadUserByUsername("organiser@example.org");
        AppPrincipal judge = (AppPrincipal) users.loadUserByUsername(JUDGE);
        var contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        SubmissionFixtures.openSubmission(contests, organiser, contest.id(), clock.instant());
        for (String team : TEAMS) {
            AppPrincipal leader = person(Role.PARTICIPANT);
            TeamFixtures.register(teams, contests, leader, contest.id(), team);
            fixtures.submit(leader, contest.id(), team + " app");
        }
        RoundDetail round = as(organiser, () -> {
            RubricDetail rubric = setup.createRubric(contest.id(), new RubricInput("Journey rubric", List.of(
                    criterion("innovation", "Innovation", "创新性"), criterion("data", "Use of open data", "数据运用"),
                    criterion("impact", "Social impact", "社会价值"), criterion("feasibility", "Feasibility", "可行性"))));
            panel.invite(contest.id(), new JudgeInput(JUDGE, "Zhang Wei 张伟", "Tongji University", Set.of(), 6));
            return setup.createRound(contest.id(), new RoundInput(new LocalizedText("Preliminary round", "初赛"),
                    rubric.id(), true, 1, null, null, Aggregation.recommended(),
                    clock.instant().plus(Duration.ofDays(10))));
        });
        as(judge, panel::myJudgeships);
        as(organiser, () -> assignments.assign(round.id()));
        as(judge, () -> {
            JudgeQueueItem first = scoring.myQueue().stream().filter(item -> item.roundId() == round.id())
                    .findFirst().orElseThrow();
            Map<String, Integer> scores = new HashMap<>();
            scores.put("innovation", 4);
            scores.put("data", 3);
            return scoring.saveDraft(first.assignmentId(), 0, new SheetInput(scores,
                    Map.of("innovation", "New for the city's buses."), "A clear idea; show the field test.",
                    "Check the GPS licence terms."));
        });
        return new Scene(contest.id(), contest.input().slug(), organiser, round);
    }

    private static CriterionInput criterion(String key, String en, String zh) {
        return new CriterionInput(key, new LocalizedText(en, zh), LocalizedText.EMPTY, BigDecimal.ONE, 1, 5,
                List.of());
    }
}
