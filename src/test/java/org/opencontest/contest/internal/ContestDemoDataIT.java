package org.opencontest.contest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.opencontest.account.UserDirectory;
import org.opencontest.contest.ContestStatus;
import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.PhaseWindow;
import org.opencontest.contest.Timeline;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo loader against the real database. The test profile turns demo data off, so the loader is built here by
 * hand; the account module is represented by a directory that knows only the demo organiser.
 */
class ContestDemoDataIT extends IntegrationTest {

    private static final long ORGANISER_ID = 4_242_424_242L;

    @Autowired
    ContestRepository contests;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void loadsThreeContestsOnceWithRegistrationOpenNow() {
        ContestDemoData loader = new ContestDemoData(directoryWith(ContestDemoData.OWNER_EMAIL), contests, clock,
                transactions);
        loader.run(new DefaultApplicationArguments());
        long afterFirstRun = contests.count();
        loader.run(new DefaultApplicationArguments());
        assertThat(contests.count()).as("a second run changes nothing").isEqualTo(afterFirstRun);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            Contest soda2026 = contests.findBySlug("soda-2026-city-safety").orElseThrow();
            assertThat(soda2026.getStatus()).isEqualTo(ContestStatus.PUBLISHED);
            assertThat(soda2026.getTitle().zh()).isEqualTo("上海开放数据创新应用大赛 2026 — 城市安全");
            assertThat(soda2026.getTracks()).hasSize(3);
            assertThat(soda2026.timeline().openAt(clock.instant())).extracting(PhaseWindow::kind)
                    .containsExactly(PhaseKind.REGISTRATION);

            Timeline soda2025 = contests.findBySlug("soda-2025-smart-transport").orElseThrow().timeline();
            assertThat(soda2025.isCompetitionOver(clock.instant())).isTrue();
            assertThat(soda2025.currentPhase(clock.instant())).map(PhaseWindow::kind).contains(PhaseKind.INCUBATION);

            assertThat(contests.findBySlug("open-data-healthy-ageing-2027").orElseThrow().getStatus())
                    .isEqualTo(ContestStatus.DRAFT);
        });
    }

    @Test
    void skipsQuietlyWithoutTheDemoOrganiser() {
        long before = contests.count();
        new ContestDemoData(directoryWith("someone-else@example.org"), contests, clock, transactions)
                .run(new DefaultApplicationArguments());
        assertThat(contests.count()).isEqualTo(before);
    }

    private static UserDirectory directoryWith(String email) {
        return new UserDirectory() {
            @Override
            public Optional<Long> findIdByEmail(String candidate) {
                return email.equals(candidate) ? Optional.of(ORGANISER_ID) : Optional.empty();
            }

            @Override
            public Map<Long, String> displayNames(Collection<Long> userIds) {
                return Map.of();
            }

            @Override
            public Map<String, Locale> localesByEmail(Collection<String> emails) {
                return Map.of();
            }

            @Override
            public Optional<org.opencontest.account.DirectoryEntry> findByEmail(String candidate) {
                return Optional.empty();
            }

            @Override
            public java.util.List<org.opencontest.account.DirectoryEntry> withRole(
                    org.opencontest.shared.security.Role role) {
                return java.util.List.of();
            }
        };
    }
}
