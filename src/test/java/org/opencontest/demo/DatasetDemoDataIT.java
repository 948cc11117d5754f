package org.opencontest.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestFixtures;
import org.opencontest.contest.ContestService;
import org.opencontest.dataset.AccessTier;
import org.opencontest.dataset.DatasetCatalog;
import org.opencontest.dataset.DatasetPage;
import org.opencontest.dataset.DatasetPublishing;
import org.opencontest.dataset.ReleaseView;
import org.opencontest.dataset.internal.DatasetStatistics;
import org.opencontest.dataset.internal.DownloadStatistics;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo datasets against the real database and object store. The test profile loads no demo data, so the loader
 * is called here, pointed at a contest of this test; the demo participants are missing, so downloads are anonymous.
 */
class DatasetDemoDataIT extends IntegrationTest {

    @Autowired
    DatasetDemoData loader;

    @Autowired
    DatasetPublishing publishing;

    @Autowired
    DownloadStatistics downloads;

    @Autowired
    DatasetCatalog catalog;

    @Autowired
    ContestService contests;

    @Autowired
    Clock clock;

    @Test
    void loadsFourThemedDatasetsWithTwoReleasesOnce() {
        AppPrincipal organiser = person(Role.ORGANISER);
        ContestEditState contest = as(organiser, () -> {
            ContestEditState draft = contests.create(ContestFixtures.input(ContestFixtures.uniqueSlug("demo"),
                    clock.instant()));
            return contests.publish(draft.id(), draft.version());
        });

        loader.load(contest.input().slug());
        loader.load(contest.input().slug());

        DatasetPage accidents = anonymously(() -> catalog.page("shanghai-road-traffic-accidents"));
        assertThat(accidents.releases()).as("a second run changes nothing").extracting(ReleaseView::label)
                .containsExactly("2024", "2023");
        assertThat(accidents.releases().get(0).files().get(0).schema().fields()).hasSize(6);

        DatasetPage air = anonymously(() -> catalog.page("shanghai-air-quality-stations"));
        assertThat(air.metadata().accessTier()).isEqualTo(AccessTier.REGISTERED);
        assertThat(air.releases().get(0).files().get(0).schema().fields().get(0).name()).isEqualTo("站点");

        assertThat(anonymously(() -> catalog.page("shanghai-emergency-shelters")).metadata().accessTier())
                .isEqualTo(AccessTier.AGREEMENT);
        assertThatThrownBy(() -> anonymously(() -> catalog.page("shanghai-typhoon-warnings")))
                .as("embargoed until the submission phase opens").isInstanceOf(NotFoundException.class);
        DatasetPage typhoons = as(organiser, () -> catalog.page("shanghai-typhoon-warnings"));
        assertThat(typhoons.releases()).hasSize(2).allMatch(release -> release.isEmbargoedAt(clock.instant()));
        DatasetStatistics statistics = as(organiser, () -> downloads.statistics(accidents.id(), clock.getZone()));
        assertThat(statistics.downloads()).as("recorded once").isEqualTo(40);
        assertThat(statistics.perDay()).as("spread over the last two weeks")
                .anyMatch(day -> day.downloads() > 0 && day.day().isBefore(LocalDate.now(clock)));
    }
}
