package org.opencontest.judging.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.contest.LocalizedText;
import org.opencontest.judging.Aggregation;
import org.opencontest.judging.JudgeAssignments;
import org.opencontest.judging.JudgeInput;
import org.opencontest.judging.JudgePanel;
import org.opencontest.judging.JudgeQueueItem;
import org.opencontest.judging.JudgeScoring;
import org.opencontest.judging.JudgingSetup;
import org.opencontest.judging.RoundDetail;
import org.opencontest.judging.RoundInput;
import org.opencontest.judging.RubricDetail;
import org.opencontest.judging.SheetInput;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Assignment and scoring for the demo ({@code opencontest.demo-data=true}): the contest with submitted entries
 * ("Open Mobility 2025") gets the SODA rubric, a blind round closing in ten days and two judges, is assigned, and the
 * demo judge (judge@example.org) has started one sheet (a draft) and not yet opened the other. Everything goes through
 * the real services as the demo organiser and judge. Skipped when the contest has a rubric already.
 */
@Component
@Order(61)
@ConditionalOnProperty(name = "opencontest.demo-data", havingValue = "true")
class ScoringDemoData implements ApplicationRunner {

    static final String WITH_ENTRIES = "open-mobility-2025";
    private static final Logger LOG = LoggerFactory.getLogger(ScoringDemoData.class);

    private final ContestService contests;
    private final JudgingSetup setup;
    private final JudgePanel panel;
    private final JudgeAssignments assignments;
    private final JudgeScoring scoring;
    private final UserDetailsService users;
    private final Clock clock;

    ScoringDemoData(ContestService contests, JudgingSetup setup, JudgePanel panel, JudgeAssignments assignments,
            JudgeScoring scoring, UserDetailsService users, Clock clock) {
        this.contests = contests;
        this.setup = setup;
        this.panel = panel;
        this.assignments = assignments;
        this.scoring = scoring;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        AppPrincipal organiser;
        AppPrincipal judge;
        ContestPage contest;
        try {
            organiser = (AppPrincipal) users.loadUserByUsername("organiser@example.org");
            judge = (AppPrincipal) users.loadUserByUsername("judge@example.org");
            contest = SystemIdentity.callAs(organiser, () -> contests.page(WITH_ENTRIES));
        } catch (RuntimeException missing) {
            LOG.info("Demo scoring skipped: demo accounts or contest {} missing", WITH_ENTRIES);
            return;
        }
        if (!SystemIdentity.callAs(organiser, () -> setup.rubrics(contest.id())).isEmpty()) {
            return;
        }
        RoundDetail round = SystemIdentity.callAs(organiser, () -> {
            RubricDetail rubric = setup.createRubric(contest.id(), JudgingDemoData.sodaRubric());
            panel.invite(contest.id(), new JudgeInput("judge@example.org", "Zhang Wei 张伟", "Tongji University",
                    Set.of(), 6));
            panel.invite(contest.id(), new JudgeInput("wang.lei@sjtu.edu.cn", "Wang Lei 王磊",
                    "Shanghai Jiao Tong University", Set.of(), 6));
            return setup.createRound(contest.id(), new RoundInput(new LocalizedText("Preliminary round", "初赛"),
                    rubric.id(), true, 2, 1, null, Aggregation.recommended(),
                    clock.instant().plus(Duration.ofDays(10))));
        });
        try {
            SystemIdentity.callAs(organiser, () -> assignments.assign(round.id()));
        } catch (UserFacingException notReady) {
            LOG.info("Demo scoring: contest {} not assignable ({})", WITH_ENTRIES, notReady.getMessageKey());
            return;
        }
        SystemIdentity.callAs(judge, () -> {
            panel.myJudgeships();
            JudgeQueueItem first = scoring.myQueue().stream().filter(item -> item.roundId() == round.id())
                    .findFirst().orElseThrow();
            Map<String, Integer> scores = new HashMap<>();
            scores.put("innovation", 4);
            scores.put("data", 3);
            return scoring.saveDraft(first.assignmentId(), 0, new SheetInput(scores,
                    Map.of("innovation", "Predicting bunching ahead of time is new for Shanghai's buses."),
                    "A clear idea; show the field test results.", "Check the GPS licence terms."));
        });
        LOG.info("Demo assignment and a draft sheet loaded for contest {}", WITH_ENTRIES);
    }
}
