package org.opencontest.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.PhaseWindow;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.submission.ContestStages;
import org.opencontest.submission.ContestStages.StageOutline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The City Safety contest (SODA 2026) runs in three stages inside its submission phase, as SODA does: an idea round
 * (a two-page proposal PDF, ten teams shortlisted), a prototype round (source archive, video, slides; five teams
 * shortlisted) and the final with live pitches. Set through the stage port as the demo organiser, so the same rules
 * apply as in the stage editor. Skipped when the contest already has stages or is missing.
 */
@Component
class StageDemoData {

    private static final Logger LOG = LoggerFactory.getLogger(StageDemoData.class);

    private final ContestService contests;
    private final ContestStages stages;
    private final DemoPeople people;

    StageDemoData(ContestService contests, ContestStages stages, DemoPeople people) {
        this.contests = contests;
        this.stages = stages;
        this.people = people;
    }

    void load() {
        Optional<AppPrincipal> organiser = people.find(DemoAccounts.ORGANISER);
        Optional<ContestPage> contest = SystemIdentity.call(() -> {
            try {
                return Optional.of(contests.page(ContestDemoData.SODA_2026));
            } catch (NotFoundException missing) {
                return Optional.empty();
            }
        });
        if (organiser.isEmpty() || contest.isEmpty()) {
            LOG.info("Demo stages skipped: contest or organiser missing");
            return;
        }
        long contestId = contest.get().id();
        Optional<PhaseWindow> submission = contest.get().timeline().phase(PhaseKind.SUBMISSION);
        if (submission.isEmpty()
                || SystemIdentity.callAs(organiser.get(), () -> stages.stageNames(contestId)).size() > 1) {
            return;
        }
        Instant opens = submission.get().opens();
        Instant closes = submission.get().closes();
        SystemIdentity.callAs(organiser.get(), () -> {
            stages.outline(contestId, List.of(
                    new StageOutline(new LocalizedText("Idea", "创意"), opens, opens.plus(Duration.ofDays(14)), 10,
                            Set.of("application/pdf")),
                    new StageOutline(new LocalizedText("Prototype", "原型"), opens.plus(Duration.ofDays(21)),
                            opens.plus(Duration.ofDays(40)), 5, null),
                    new StageOutline(new LocalizedText("Final pitch", "决赛路演"), opens.plus(Duration.ofDays(45)),
                            closes, null, Set.of("application/pdf",
                            "application/vnd.openxmlformats-officedocument.presentationml.presentation"))));
            return null;
        });
        LOG.info("Demo stages loaded into {}", ContestDemoData.SODA_2026);
    }
}
