package org.opencontest.dataset;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;

import com.vaadin.flow.component.Component;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestService;
import org.opencontest.dataset.DatasetFixtures.Published;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.Role;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.support.KaribuTest;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;

/** The contest page lists the contest's datasets with what the viewer may do with each. */
class ContestDatasetsSectionTest extends KaribuTest {

    @Autowired
    DatasetPublishing publishing;
    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    Clock clock;

    SubmissionFixtures.Scenario s;
    Published open;
    Published terms;
    Published teamOnly;
    Published embargoed;
    String draftSlug;

    @BeforeEach
    void contestWithDatasets() {
        s = SubmissionFixtures.scenario(contests, teams, clock.instant());
        Set<Long> contest = Set.of(s.contestId());
        open = DatasetFixtures.publish(publishing, s.organiser(), AccessTier.OPEN, contest, null);
        terms = DatasetFixtures.publish(publishing, s.organiser(), AccessTier.AGREEMENT, contest, null);
        teamOnly = DatasetFixtures.publish(publishing, s.organiser(), AccessTier.TEAM_ONLY, contest, null);
        embargoed = DatasetFixtures.publish(publishing, s.organiser(), AccessTier.OPEN, contest,
                clock.instant().plus(Duration.ofDays(3)));
        draftSlug = DatasetFixtures.uniqueSlug("draft");
        as(s.organiser(), () -> publishing.create(DatasetFixtures.metadata(draftSlug, AccessTier.OPEN, contest)));
    }

    @Test
    void anAnonymousVisitorSeesWhatEachDatasetNeeds() {
        navigate("contests/" + s.slug());
        assertThat(row(open)).contains("Open", "Open: anyone may download the files.");
        assertThat(row(terms)).contains("Terms agreement", "Sign in to download the files.");
        assertThat(row(teamOnly)).contains("Approved teams", "Team only: members of an approved team");
        assertThat(row(embargoed)).contains("Embargoed until ", "(Asia/Shanghai)");
        assertThat(_find(Component.class, spec -> spec.withId("contest-dataset-" + draftSlug))).isEmpty();
    }

    @Test
    void aSignedInStrangerIsAskedForTermsAndATeam() {
        signInAs(person(Role.PARTICIPANT, ZoneId.of("Europe/Berlin")));
        navigate("contests/" + s.slug());
        assertThat(row(terms)).contains("Accept the terms on the dataset page to download the files.");
        assertThat(row(teamOnly)).contains("Team only:");
        assertThat(row(embargoed)).contains("(Asia/Shanghai)", "(Europe/Berlin)");
    }

    @Test
    void aTeamMemberMayDownloadTheTeamOnlyDataset() {
        signInAs(s.member());
        navigate("contests/" + s.slug());
        assertThat(row(teamOnly)).contains("You may download the files.");
        assertThat(row(open)).contains("Open: anyone may download the files.");
    }

    @Test
    void theListInChinese() {
        useLocale(SupportedLocales.CHINESE);
        navigate("contests/" + s.slug());
        assertThat(text("contest-datasets")).contains("数据集", "道路交通事故");
        assertThat(row(teamOnly)).contains("已批准团队", "仅限团队");
        assertThat(row(embargoed)).contains("保密期至");
    }

    private static String row(Published dataset) {
        return text("contest-dataset-" + dataset.slug());
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
