package org.opencontest.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.contest.ContestStatus;
import org.opencontest.contest.ContestSummary;
import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.PhaseWindow;
import org.opencontest.contest.Timeline;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.submission.ContestStages;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The demo contests against the real database. The test profile loads no demo data, so the loader is built here by
 * hand with a test organiser standing in for the demo organiser.
 */
class ContestDemoDataIT extends IntegrationTest {

    @Autowired
    ContestService contests;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ContestStages stages;

    @Test
    void loadsThreeContestsOnceWithRegistrationOpenNow() {
        AppPrincipal organiser = person(Role.ORGANISER);
        ContestDemoData loader = new ContestDemoData(contests,
                StandInPeople.of(Map.of(DemoAccounts.ORGANISER, organiser)), clock, transactions);
        loader.load();
        long afterFirstRun = allContests();
        loader.load();
        assertThat(allContests()).as("a second run changes nothing").isEqualTo(afterFirstRun);

        assertThat(as(organiser, () -> contests.myContests(PageRequest.of(0, 10)))).extracting(ContestSummary::slug)
                .containsExactlyInAnyOrder(ContestDemoData.SODA_2026, "soda-2025-smart-transport",
                        "open-data-healthy-ageing-2027");
        ContestPage soda2026 = anonymously(() -> contests.page(ContestDemoData.SODA_2026));
        assertThat(soda2026.status()).isEqualTo(ContestStatus.PUBLISHED);
        assertThat(soda2026.title().zh()).isEqualTo("上海开放数据创新应用大赛 2026 — 城市安全");
        assertThat(soda2026.tracks()).hasSize(3);
        assertThat(soda2026.timeline().openAt(clock.instant())).extracting(PhaseWindow::kind)
                .containsExactly(PhaseKind.REGISTRATION);

        Timeline soda2025 = anonymously(() -> contests.page("soda-2025-smart-transport")).timeline();
        assertThat(soda2025.isCompetitionOver(clock.instant())).isTrue();
        assertThat(soda2025.currentPhase(clock.instant())).map(PhaseWindow::kind).contains(PhaseKind.INCUBATION);

        assertThat(as(organiser, () -> contests.page("open-data-healthy-ageing-2027")).status())
                .isEqualTo(ContestStatus.DRAFT);

        // the City Safety contest runs idea → prototype → final inside its submission phase
        StageDemoData stageLoader = new StageDemoData(contests, stages,
                StandInPeople.of(Map.of(DemoAccounts.ORGANISER, organiser)));
        stageLoader.load();
        stageLoader.load();
        assertThat(as(organiser, () -> stages.stageNames(soda2026.id()))).extracting(LocalizedText::en, LocalizedText::zh)
                .containsExactly(tuple("Idea", "创意"), tuple("Prototype", "原型"), tuple("Final pitch", "决赛路演"));
        assertThat(as(organiser, () -> stages.funnel(soda2026.id())).steps()).extracting(
                ContestStages.StageFunnelStep::submitted).containsExactly(0L, 0L, 0L);
    }

    @Test
    void skipsQuietlyWithoutTheDemoOrganiser() {
        long before = allContests();
        new ContestDemoData(contests, StandInPeople.of(Map.of()), clock, transactions).load();
        assertThat(allContests()).isEqualTo(before);
    }

    private long allContests() {
        return SystemIdentity.call(() -> contests.myContests(PageRequest.of(0, 100_000)).size());
    }
}
