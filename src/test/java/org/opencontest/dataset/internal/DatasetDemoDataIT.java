package org.opencontest.dataset.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestFixtures;
import org.opencontest.contest.ContestService;
import org.opencontest.dataset.AccessTier;
import org.opencontest.dataset.DatasetPage;
import org.opencontest.dataset.DatasetPublishing;
import org.opencontest.dataset.ReleaseView;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;

/**
 * The demo loader against the real database and object store. The test profile turns demo data off, so the loader
 * is built here by hand, pointed at a contest of this test.
 */
class DatasetDemoDataIT extends IntegrationTest {

    @Autowired
    DatasetPublishing publishing;

    @Autowired
    DownloadStatistics downloads;

    @Autowired
    DatasetCatalog catalog;

    @Autowired
    DatasetRepository datasets;

    @Autowired
    ContestService contests;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationContext context;

    @Test
    void loadsFourThemedDatasetsWithTwoReleasesOnce() {
        AppPrincipal organiser = person(Role.ORGANISER);
        ContestEditState contest = as(organiser, () -> {
            ContestEditState draft = contests.create(ContestFixtures.input(ContestFixtures.uniqueSlug("demo"),
                    clock.instant()));
            return contests.publish(draft.id(), draft.version());
        });
        DatasetDemoData loader = DemoDatasets.loader(context, contest.input().slug());

        loader.run(new DefaultApplicationArguments());
        long afterFirstRun = datasets.count();
        loader.run(new DefaultApplicationArguments());
        assertThat(datasets.count()).as("a second run changes nothing").isEqualTo(afterFirstRun);

        DatasetPage accidents = anonymously(() -> catalog.page("shanghai-road-traffic-accidents"));
        assertThat(accidents.releases()).extracting(ReleaseView::label).containsExactly("2024", "2023");
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
        assertThat(as(organiser, () -> downloads.statistics(accidents.id(), clock.getZone())).downloads())
                .isEqualTo(40);
    }
}
