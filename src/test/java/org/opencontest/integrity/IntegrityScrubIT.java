package org.opencontest.integrity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.opencontest.submission.SubmissionFixtures.pdf;
import static org.opencontest.submission.SubmissionFixtures.zip;
import static org.opencontest.support.Actors.as;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;

import org.junit.jupiter.api.Test;
import org.opencontest.account.TestAccounts;
import org.opencontest.contest.ContestService;
import org.opencontest.integrity.internal.CheckOutcome;
import org.opencontest.integrity.internal.Finding;
import org.opencontest.integrity.internal.IntegrityReport;
import org.opencontest.integrity.internal.IntegrityScrub;
import org.opencontest.integrity.ui.IntegrityView;
import org.opencontest.notification.internal.EmbeddedMailServer;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.submission.SubmissionDrafts;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.submission.SubmissionFixtures.Scenario;
import org.opencontest.support.KaribuTest;
import org.opencontest.support.StoredObjects;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The scheduled scrub re-hashes stored submission files batch by batch, records a file whose bytes changed and one
 * that went missing, mails the admins through the SMTP server and shows both in the admin view.
 */
class IntegrityScrubIT extends KaribuTest {

    @Autowired
    IntegrityScrub scrub;
    @Autowired
    IntegrityReport report;
    @Autowired
    SubmissionDrafts drafts;
    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    TestAccounts accounts;
    @Autowired
    StoredObjects store;
    @Autowired
    EmbeddedMailServer smtp;
    @Autowired
    Clock clock;

    @Test
    void changedAndMissingFilesAreRecordedMailedToAdminsAndShown() throws Exception {
        AppPrincipal admin = accounts.create(Role.ADMIN);
        Scenario s = SubmissionFixtures.scenario(contests, teams, clock.instant());
        as(s.member(), () -> drafts.upload(s.contestId(), pdf(), "proposal.pdf", clock.instant()));
        as(s.member(), () -> drafts.upload(s.contestId(), zip(), "source.zip", clock.instant()));
        List<String> keys = store.keysUnder("contests/" + s.contestId() + "/submissions/");
        assertThat(keys).hasSize(2);
        String changed = keys.get(0);
        String missing = keys.get(1);
        store.tamperSameSize(changed);
        store.removeBehindTheApplication(missing);

        ScrubRuns.completePasses(scrub, 2);

        assertThat(as(admin, () -> report.damaged()))
                .filteredOn(finding -> keys.contains(finding.key()))
                .extracting(Finding::key, Finding::outcome, Finding::source)
                .containsExactlyInAnyOrder(
                        tuple(changed, CheckOutcome.CHANGED, "submission"),
                        tuple(missing, CheckOutcome.MISSING, "submission"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(smtp.receivedMessagesFor(admin.email()))
                .anySatisfy(mail -> assertThat(mail.getSubject()).contains("stored files changed or missing")));

        signInAs(admin);
        navigate("admin/integrity");
        assertThat(_get(IntegrityView.class).getPageTitle()).isEqualTo("Storage integrity");
        @SuppressWarnings("unchecked")
        Grid<Finding> grid = _get(Grid.class, spec -> spec.withId("integrity-damaged"));
        assertThat(GridKt._findAll(grid)).extracting(Finding::key).contains(changed, missing);

        // the navigation is rebuilt on a language change (it was built before the sign-in)
        useLocale(SupportedLocales.CHINESE);
        assertThat(_get(IntegrityView.class).getPageTitle()).isEqualTo("存储完整性");
        assertThat(navigationLabels()).contains("存储完整性");
        useLocale(SupportedLocales.ENGLISH);
        assertThat(navigationLabels()).contains("Storage integrity");
    }

    private static List<String> navigationLabels() {
        return _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
