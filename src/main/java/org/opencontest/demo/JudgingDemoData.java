package org.opencontest.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.judging.Aggregation;
import org.opencontest.judging.CriterionInput;
import org.opencontest.judging.JudgeInput;
import org.opencontest.judging.JudgePanel;
import org.opencontest.judging.JudgingSetup;
import org.opencontest.judging.RoundInput;
import org.opencontest.judging.RubricDetail;
import org.opencontest.judging.RubricInput;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Judging set-up for the demo contests: the SODA rubric, a preliminary round (the best two advance) and a final,
 * judged by the three demo judges, for the finished Open Mobility 2025 (whose judging {@link ResultsDemoData} then
 * drives), and a rubric, a round ready to assign and a jury (the demo judge among them) for the open SODA 2026.
 * Contests that already have a rubric are left alone.
 */
@Component
class JudgingDemoData {

    static final String FINISHED = SubmissionDemoData.SLUG;
    static final String OPEN = ContestDemoData.SODA_2026;
    private static final Logger LOG = LoggerFactory.getLogger(JudgingDemoData.class);

    private final ContestService contests;
    private final JudgingSetup setup;
    private final JudgePanel panel;
    private final TransactionTemplate transaction;

    JudgingDemoData(ContestService contests, JudgingSetup setup, JudgePanel panel, PlatformTransactionManager tx) {
        this.contests = contests;
        this.setup = setup;
        this.panel = panel;
        this.transaction = new TransactionTemplate(tx);
    }

    void load() {
        SystemIdentity.run(() -> {
            for (String slug : List.of(FINISHED, OPEN)) {
                try {
                    ContestPage contest = contests.page(slug);
                    load(contest.id(), FINISHED.equals(slug));
                } catch (NotFoundException missing) {
                    LOG.info("Demo judging skipped: no contest {}", slug);
                }
            }
        });
    }

    /** Sets up judging of one contest, unless it has a rubric already; the caller is the system identity. */
    void load(long contestId, boolean withFinal) {
        transaction.executeWithoutResult(status -> {
            if (!setup.rubrics(contestId).isEmpty()) {
                return;
            }
            RubricDetail rubric = setup.createRubric(contestId, sodaRubric());
            // the finished contest is judged by three judges with demo accounts (ResultsDemoData acts as them)
            setup.createRound(contestId, new RoundInput(new LocalizedText("Preliminary round", "初赛"), rubric.id(),
                    true, 3, withFinal ? 2 : 10, null, Aggregation.recommended(), null,
                    withFinal ? null : 1)); // the City Safety round judges its idea stage
            if (withFinal) {
                setup.createRound(contestId, new RoundInput(new LocalizedText("Final", "决赛"), rubric.id(), false,
                        3, null, null, Aggregation.recommended(), null));
            }
            panel.invite(contestId, new JudgeInput(DemoAccounts.JUDGES.get(0), "Zhang Wei 张伟", "Tongji University",
                    Set.of(), 12));
            if (withFinal) {
                panel.invite(contestId, new JudgeInput(DemoAccounts.JUDGES.get(1), "Wang Lei 王磊",
                        "Shanghai Jiao Tong University", Set.of(), 12));
                panel.invite(contestId, new JudgeInput(DemoAccounts.JUDGES.get(2), "Zhao Min 赵敏",
                        "Shanghai Transport Commission", Set.of(), 8));
            } else {
                panel.invite(contestId, new JudgeInput("li.na@fudan.edu.cn", "Li Na 李娜", "Fudan University",
                        Set.of(), 12));
                panel.invite(contestId, new JudgeInput("wang.lei@sjtu.edu.cn", "Wang Lei 王磊",
                        "Shanghai Jiao Tong University", Set.of(), 12));
                panel.invite(contestId, new JudgeInput("zhao.min@sh-transport.example.cn", "Zhao Min 赵敏",
                        "Shanghai Transport Commission", Set.of(), 8));
            }
            LOG.info("Demo judging set up for contest {}", contestId);
        });
    }

    private static RubricInput sodaRubric() {
        return new RubricInput("SODA rubric", List.of(
                criterion("innovation", "Innovation", "创新性", "Is the idea new for the city?", "想法对城市是否新颖？",
                        3, List.of(level("Known idea", "已有想法"), level("Some new angle", "有新角度"),
                                level("Clearly new", "明显新颖"), level("New to the field", "领域首创"),
                                level("Could change practice", "可能改变实践"))),
                criterion("data", "Use of open data", "开放数据运用", "How well does it use the released data?",
                        "对开放数据的运用程度如何？", 3, List.of()),
                criterion("impact", "Social impact", "社会价值", "Would it make the city safer or healthier?",
                        "能否让城市更安全、更健康？", 2, List.of()),
                criterion("feasibility", "Feasibility", "可行性", "Could it run next year?", "明年能否落地？", 2,
                        List.of())));
    }

    private static CriterionInput criterion(String key, String en, String zh, String descriptionEn,
            String descriptionZh, int weight, List<LocalizedText> levels) {
        return new CriterionInput(key, new LocalizedText(en, zh), new LocalizedText(descriptionEn, descriptionZh),
                BigDecimal.valueOf(weight), 1, 5, levels);
    }

    private static LocalizedText level(String en, String zh) {
        return new LocalizedText(en, zh);
    }
}
