package org.opencontest.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.opencontest.dataset.DatasetFixtures.ACCIDENTS_CSV;
import static org.opencontest.dataset.DatasetFixtures.utf8;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.opencontest.account.RecordedMails;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestService;
import org.opencontest.dataset.DatasetFixtures.Published;
import org.opencontest.dataset.issue.DataIssueDecision;
import org.opencontest.dataset.issue.DataIssueFilter;
import org.opencontest.dataset.issue.DataIssueInput;
import org.opencontest.dataset.issue.DataIssueKind;
import org.opencontest.dataset.issue.DataIssueOverview;
import org.opencontest.dataset.issue.DataIssueStatus;
import org.opencontest.dataset.issue.DataIssueView;
import org.opencontest.dataset.issue.DataIssues;
import org.opencontest.notification.RealAccounts;
import org.opencontest.notification.internal.EmbeddedMailServer;
import org.opencontest.notification.internal.NotificationCategory;
import org.opencontest.notification.internal.NotificationCentre;
import org.opencontest.notification.internal.NotificationRow;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.IntegrationTest;
import org.opencontest.support.MovableClock;
import org.opencontest.support.ThreadStatements;
import org.opencontest.team.TeamFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Data-quality feedback through the real services, database, object store, outbox and SMTP server: reporting with
 * its refusals, triage and who may do it, a fix scheduled for a draft release that closes when the release is
 * published (changelog, mail and notification centre), evidence files with their checks and presigned download, and
 * the publisher's figures (median time to fix, by the moved clock) and the impact report's counts.
 */
class DataIssuesIT extends IntegrationTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};

    @Autowired
    DataIssues issues;
    @Autowired
    DatasetPublishing publishing;
    @Autowired
    ContestDataUse dataUse;
    @Autowired
    ContestService contests;
    @Autowired
    RealAccounts accounts;
    @Autowired
    NotificationCentre centre;
    @Autowired
    RecordedMails mails;
    @Autowired
    EmbeddedMailServer smtp;
    @Autowired
    MovableClock clock;

    final AppPrincipal publisher = person(Role.ORGANISER);
    final AppPrincipal stranger = person(Role.ORGANISER);

    static DataIssueInput input(String title) {
        return new DataIssueInput(DataIssueKind.VALUE_ERROR, null, "", title,
                "Row 3 says **1** injured; the police log says 3.");
    }

    @Test
    void aReportIsCheckedAndItsMarkdownSanitised() {
        Published dataset = DatasetFixtures.publish(publishing, publisher, AccessTier.OPEN, Set.of(), null);
        AppPrincipal reporter = person(Role.PARTICIPANT);

        DataIssueView issue = as(reporter, () -> issues.report(dataset.datasetId(), new DataIssueInput(
                DataIssueKind.VALUE_ERROR, dataset.releaseId(), "injured", "<b>Injured</b> count wrong",
                "See **row 3**<script>alert(1)</script> [log](javascript:alert(2)) <img src=x onerror=alert(3)>")));

        assertThat(issue.status()).isEqualTo(DataIssueStatus.OPEN);
        assertThat(issue.title()).as("plain text, escaped where shown").isEqualTo("<b>Injured</b> count wrong");
        assertThat(issue.releaseNumber()).isEqualTo(1);
        assertThat(issue.column()).isEqualTo("injured");
        assertThat(issue.descriptionHtml()).contains("<strong>row 3</strong>", "&lt;script&gt;")
                .doesNotContain("<script", "javascript:", "<img");
        assertThat(issue.mine()).isTrue();
        assertThat(issue.triageable()).isFalse();

        assertRefused(reporter, () -> issues.report(dataset.datasetId(), new DataIssueInput(DataIssueKind.VALUE_ERROR,
                null, "", "<b>Injured</b> count wrong", "again")), "dataset.issue.error.alreadyReported");
        assertRefused(reporter, () -> issues.report(dataset.datasetId(), new DataIssueInput(DataIssueKind.VALUE_ERROR,
                dataset.releaseId(), "victims", "Column", "x")), "dataset.issue.error.columnUnknown");
        assertRefused(reporter, () -> issues.report(dataset.datasetId(), input(" ")),
                "dataset.issue.error.titleRequired");
        assertRefused(reporter, () -> issues.report(dataset.datasetId(), new DataIssueInput(DataIssueKind.VALUE_ERROR,
                null, "", "Long", "x".repeat(10_001))), "dataset.issue.error.descriptionTooLong");
        assertRefused(reporter, () -> issues.report(dataset.datasetId(), new DataIssueInput(null, null, "", "K", "x")),
                "dataset.issue.error.kindRequired");
        assertThatThrownBy(() -> anonymously(() -> issues.report(dataset.datasetId(), input("Anonymous"))))
                .isInstanceOf(AccessDeniedException.class);

        Published hidden = DatasetFixtures.publish(publishing, publisher, AccessTier.OPEN, Set.of(),
                clock.instant().plus(Duration.ofDays(30)));
        assertThatThrownBy(() -> as(reporter, () -> issues.report(hidden.datasetId(), input("Embargoed"))))
                .as("a dataset the reporter cannot see").isInstanceOf(NotFoundException.class);

        assertThat(anonymously(() -> issues.list(dataset.datasetId(), DataIssueFilter.OPEN, 0, 10)))
                .as("the status is public, the rest of the refusals stored nothing").singleElement()
                .satisfies(shown -> assertThat(shown.mine()).isFalse());
        assertThat(anonymously(() -> issues.count(dataset.datasetId(), DataIssueFilter.ALL))).isEqualTo(1);
    }

    @Test
    void onlyTheDatasetsPublisherTriagesAndAWontFixNeedsAReason() {
        Published dataset = DatasetFixtures.publish(publishing, publisher, AccessTier.OPEN, Set.of(), null);
        AppPrincipal reporter = person(Role.PARTICIPANT);
        DataIssueView issue = as(reporter, () -> issues.report(dataset.datasetId(), input("Wrong speeds")));
        DataIssueView other = as(reporter, () -> issues.report(dataset.datasetId(), input("Speeds wrong")));

        assertThatThrownBy(() -> as(stranger, () -> issues.triage(issue.id(), issue.version(),
                DataIssueDecision.acknowledged()))).as("another organiser").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(reporter, () -> issues.triage(issue.id(), issue.version(),
                DataIssueDecision.acknowledged()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> anonymously(() -> issues.triage(issue.id(), issue.version(),
                DataIssueDecision.acknowledged()))).isInstanceOf(AccessDeniedException.class);
        assertRefused(publisher, () -> issues.triage(issue.id(), issue.version(), DataIssueDecision.wontFix("  ")),
                "dataset.issue.error.reasonRequired");
        assertRefused(publisher, () -> issues.triage(issue.id(), issue.version(),
                DataIssueDecision.duplicateOf(issue.id())), "dataset.issue.error.duplicateUnknown");
        assertRefused(publisher, () -> issues.triage(issue.id(), issue.version(),
                new DataIssueDecision(DataIssueStatus.FIXED, null, null, null)), "dataset.issue.error.releaseRequired");
        assertThat(mails.to(reporter.email(), "dataset.issue-status")).as("refusals tell nobody").isEmpty();

        DataIssueView declined = as(publisher, () -> issues.triage(issue.id(), issue.version(),
                DataIssueDecision.wontFix("The police log is the source; we publish it as it is.")));
        assertThat(declined.status()).isEqualTo(DataIssueStatus.WONT_FIX);
        assertThat(declined.closedAt()).isNotNull();
        assertRefused(publisher, () -> issues.triage(issue.id(), issue.version(), DataIssueDecision.acknowledged()),
                "error.concurrentEdit");
        DataIssueView duplicate = as(publisher, () -> issues.triage(other.id(), other.version(),
                DataIssueDecision.duplicateOf(issue.id())));
        assertThat(duplicate.duplicateOf()).isEqualTo(issue.id());

        assertThat(mails.to(reporter.email(), "dataset.issue-status")).hasSize(2)
                .first().satisfies(mail -> assertThat(mail.model().get("status"))
                        .isEqualTo("Won’t fix — The police log is the source; we publish it as it is."));
        assertThat(anonymously(() -> issues.list(dataset.datasetId(), DataIssueFilter.OPEN, 0, 10))).isEmpty();
        assertThat(anonymously(() -> issues.list(dataset.datasetId(), DataIssueFilter.CLOSED, 0, 10)))
                .extracting(DataIssueView::id).containsExactly(other.id(), issue.id());
    }

    @Test
    void aFixScheduledForTheNextReleaseClosesWhenItIsPublishedAndTellsTheReporter() throws Exception {
        ContestEditState contest = TeamFixtures.publishedContest(contests, publisher, clock.instant());
        Published dataset = DatasetFixtures.publish(publishing, publisher, AccessTier.OPEN, Set.of(contest.id()),
                null);
        AppPrincipal reporter = accounts.create(Role.PARTICIPANT, SupportedLocales.CHINESE);
        AppPrincipal second = person(Role.PARTICIPANT);
        DataIssueView first = as(reporter, () -> issues.report(dataset.datasetId(), input("Injured count")));
        clock.advance(Duration.ofDays(1));
        DataIssueView later = as(second, () -> issues.report(dataset.datasetId(), new DataIssueInput(
                DataIssueKind.DOCUMENTATION, dataset.releaseId(), "speed_kmh", "Unit of speed", "km/h or mph?")));
        as(second, () -> issues.report(dataset.datasetId(), input("Still open")));

        DataIssueView acknowledged = as(publisher, () -> issues.triage(first.id(), first.version(),
                DataIssueDecision.acknowledged()));
        assertThat(mails.to(reporter.email(), "dataset.issue-status")).singleElement()
                .satisfies(mail -> assertThat(mail.model().get("status")).isEqualTo("已确认"));

        DatasetPage page = as(publisher, () -> publishing.edit(dataset.datasetId()));
        ReleaseView draft = as(publisher, () -> publishing.createRelease(page.id(), page.version(), "2024 Q2", null));
        DataIssueView scheduled = as(publisher, () -> issues.triage(first.id(), acknowledged.version(),
                DataIssueDecision.fixedIn(draft.id())));
        assertThatThrownBy(() -> as(stranger, () -> issues.scheduleFixes(draft.id(), Set.of(later.id()))))
                .isInstanceOf(NotFoundException.class);
        assertRefused(publisher, () -> issues.scheduleFixes(draft.id(), Set.of(later.id(), Long.MAX_VALUE)),
                "dataset.issue.error.notFixable");
        assertThat(as(publisher, () -> issues.scheduleFixes(draft.id(), Set.of(first.id(), later.id()))))
                .as("picked in the release editor; the first was scheduled already").isEqualTo(1);
        assertThat(scheduled.status()).isEqualTo(DataIssueStatus.FIX_SCHEDULED);
        assertThat(scheduled.closedAt()).as("open until the release is out").isNull();
        assertThat(scheduled.fixedInNumber()).isEqualTo(2);

        clock.advance(Duration.ofDays(2));
        as(publisher, () -> publishing.uploadFile(draft.id(), utf8(ACCIDENTS_CSV), "accidents.csv"));
        ReleaseView current = as(publisher, () -> publishing.edit(dataset.datasetId())).releases().stream()
                .filter(release -> release.id() == draft.id()).findFirst().orElseThrow();
        as(publisher, () -> publishing.publishRelease(draft.id(), current.version(), null));

        assertThat(anonymously(() -> issues.fixedIn(draft.id()))).extracting(DataIssueOverview.FixedIssue::id)
                .containsExactly(first.id(), later.id());
        assertThat(anonymously(() -> issues.fixedIn(dataset.releaseId()))).isEmpty();
        assertThat(anonymously(() -> issues.list(dataset.datasetId(), DataIssueFilter.CLOSED, 0, 10)))
                .extracting(DataIssueView::status).containsOnly(DataIssueStatus.FIXED);
        assertThat(mails.to(reporter.email(), "dataset.issue-fixed")).singleElement()
                .satisfies(mail -> assertThat(mail.model()).containsEntry("release", "2 (2024 Q2)"));
        assertThat(mails.to(second.email(), "dataset.issue-fixed")).hasSize(1);
        MimeMessage received = await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> smtp.receivedMessagesFor(reporter.email()).stream().filter(this::aboutTheFix)
                        .findFirst().orElse(null), message -> message != null);
        assertThat(received.getSubject()).contains("已在版本 2").contains("Injured count");
        await().atMost(Duration.ofSeconds(30)).until(() -> as(reporter, () -> centre.page(0, 10)).stream()
                .anyMatch(row -> row.title().contains("已在版本 2")));
        assertThat(as(reporter, () -> centre.page(0, 10))).extracting(NotificationRow::category)
                .containsOnly(NotificationCategory.DATA_ISSUES);

        DataIssueOverview overview = as(publisher, () -> issues.overview(List.of(dataset.datasetId()))).get(0);
        assertThat(overview.open()).isEqualTo(1);
        assertThat(overview.closed()).isEqualTo(2);
        // the moved clock gives the days; the real seconds the test itself takes come on top
        assertThat(overview.medianTimeToFix()).as("3 days and 2 days")
                .isBetween(Duration.ofHours(60), Duration.ofHours(60).plusMinutes(2));
        assertThat(overview.fixes()).singleElement().satisfies(fixes -> {
            assertThat(fixes.number()).isEqualTo(2);
            assertThat(fixes.issues()).extracting(DataIssueOverview.FixedIssue::id)
                    .containsExactly(first.id(), later.id());
        });
        assertThat(as(stranger, () -> issues.overview(List.of(dataset.datasetId())))).as("not theirs").isEmpty();

        assertThat(as(publisher, () -> dataUse.usageInContest(contest.id()))).singleElement()
                .satisfies(use -> {
                    assertThat(use.issuesReported()).isEqualTo(3);
                    assertThat(use.issuesFixed()).isEqualTo(2);
                });
    }

    @Test
    void thePublisherHearsOfEachNewIssueInTheirLanguageAndOneAccountCannotFloodTheDatasets() {
        AppPrincipal owner = accounts.create(Role.ORGANISER, SupportedLocales.CHINESE);
        Published dataset = DatasetFixtures.publish(publishing, owner, AccessTier.OPEN, Set.of(), null);
        AppPrincipal reporter = person(Role.PARTICIPANT);
        DataIssueView issue = as(reporter, () -> issues.report(dataset.datasetId(), input("Wrong district names")));

        assertThat(mails.to(owner.email(), "dataset.issue-reported")).singleElement().satisfies(mail -> {
            assertThat(mail.model()).containsEntry("issueId", String.valueOf(issue.id()))
                    .containsEntry("reporter", reporter.displayName()).containsEntry("kind", "数值错误");
            assertThat(mail.model().get("link")).endsWith("/data/" + dataset.slug());
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> as(owner, () -> centre.page(0, 10)).stream()
                .anyMatch(row -> row.category() == NotificationCategory.DATA_ISSUES
                        && row.title().contains("新的数据问题") && row.title().contains("Wrong district names")));
        as(owner, () -> issues.report(dataset.datasetId(), input("A note to self")));
        assertThat(mails.to(owner.email(), "dataset.issue-reported")).as("not of their own report").hasSize(1);

        Published other = DatasetFixtures.publish(publishing, publisher, AccessTier.OPEN, Set.of(), null);
        for (int i = 1; i < 20; i++) {
            String title = "Flood " + i;
            as(reporter, () -> issues.report(other.datasetId(), input(title)));
        }
        assertRefused(reporter, () -> issues.report(other.datasetId(), input("One too many")),
                "dataset.issue.error.rateLimited");
        assertThat(anonymously(() -> issues.count(other.datasetId(), DataIssueFilter.ALL))).isEqualTo(19);
        for (int i = 0; i < 21; i++) {
            String title = "Triage note " + i;
            as(publisher, () -> issues.report(other.datasetId(), input(title)));
        }
        clock.advance(Duration.ofMinutes(61));
        as(reporter, () -> issues.report(other.datasetId(), input("An hour later")));
        assertThat(anonymously(() -> issues.count(other.datasetId(), DataIssueFilter.ALL))).isEqualTo(19 + 21 + 1);
    }

    @Test
    void evidenceIsCheckedBeforeItIsKeptAndOnlyItsReporterAndThePublisherMayFetchIt() throws Exception {
        Published dataset = DatasetFixtures.publish(publishing, publisher, AccessTier.OPEN, Set.of(), null);
        AppPrincipal reporter = person(Role.PARTICIPANT);
        AppPrincipal other = person(Role.PARTICIPANT);
        DataIssueView issue = as(reporter, () -> issues.report(dataset.datasetId(), input("Garbled names")));

        assertThatThrownBy(() -> as(reporter, () -> issues.attachEvidence(issue.id(),
                new ByteArrayInputStream(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0}), "proof.png")))
                .as("not the image its name says").isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> as(reporter, () -> issues.attachEvidence(issue.id(),
                repeated('a', DataIssues.MAX_EVIDENCE_BYTES + 1), "huge.txt")))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> as(other, () -> issues.attachEvidence(issue.id(), new ByteArrayInputStream(PNG),
                "x.png"))).as("not their issue").isInstanceOf(NotFoundException.class);
        assertThat(as(reporter, () -> issues.list(dataset.datasetId(), DataIssueFilter.ALL, 0, 1)).get(0)
                .evidenceName()).as("refused uploads kept nothing").isNull();

        DataIssueView attached = as(reporter, () -> issues.attachEvidence(issue.id(), new ByteArrayInputStream(PNG),
                "../../etc/\u202Egnp.exe\nshot.png"));
        assertThat(attached.evidenceName()).doesNotContain("/", "\n", "\u202E").endsWith("shot.png");
        assertThat(attached.evidenceSize()).isEqualTo(PNG.length);
        assertRefused(reporter, () -> issues.attachEvidence(issue.id(), new ByteArrayInputStream(PNG), "again.png"),
                "dataset.issue.error.evidenceExists");

        assertThat(fetch(as(reporter, () -> issues.evidenceLink(issue.id())))).isEqualTo(PNG);
        assertThat(fetch(as(publisher, () -> issues.evidenceLink(issue.id())))).isEqualTo(PNG);
        assertThatThrownBy(() -> as(other, () -> issues.evidenceLink(issue.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(stranger, () -> issues.evidenceLink(issue.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> anonymously(() -> issues.evidenceLink(issue.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(anonymously(() -> issues.list(dataset.datasetId(), DataIssueFilter.ALL, 0, 1)).get(0)
                .mayDownloadEvidence()).isFalse();
    }

    @Test
    void aPageOfIssuesTakesTheSameStatementsWhateverItsLength() {
        Published few = DatasetFixtures.publish(publishing, publisher, AccessTier.OPEN, Set.of(), null);
        Published many = DatasetFixtures.publish(publishing, publisher, AccessTier.OPEN, Set.of(), null);
        AppPrincipal reporter = person(Role.PARTICIPANT);
        as(reporter, () -> issues.report(few.datasetId(), new DataIssueInput(DataIssueKind.MISSING_DATA,
                few.releaseId(), "", "One", "x")));
        for (int i = 0; i < 12; i++) {
            String title = "Issue " + i;
            as(reporter, () -> issues.report(many.datasetId(), new DataIssueInput(DataIssueKind.MISSING_DATA,
                    many.releaseId(), "", title, "x")));
        }
        long shortPage = ThreadStatements.count(() -> anonymously(() -> issues.list(few.datasetId(),
                DataIssueFilter.ALL, 0, 10)));
        long fullPage = ThreadStatements.count(() -> anonymously(() -> issues.list(many.datasetId(),
                DataIssueFilter.ALL, 0, 10)));
        assertThat(anonymously(() -> issues.list(many.datasetId(), DataIssueFilter.ALL, 0, 10))).hasSize(10)
                .first().satisfies(newest -> assertThat(newest.title()).isEqualTo("Issue 11"));
        assertThat(fullPage).isEqualTo(shortPage);
    }

    private boolean aboutTheFix(MimeMessage message) {
        try {
            return message.getSubject().contains("已在版本");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertRefused(AppPrincipal who, java.util.function.Supplier<?> action, String key) {
        assertThatThrownBy(() -> as(who, action)).isInstanceOfSatisfying(UserFacingException.class,
                refusal -> assertThat(refusal.getMessageKey()).isEqualTo(key));
    }

    private static byte[] fetch(URI link) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(link).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** {@code length} copies of one byte, generated as they are read. */
    private static InputStream repeated(char value, long length) {
        return new InputStream() {
            private long left = length;

            @Override
            public int read() {
                return left-- > 0 ? value : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int count) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(count, left);
                Arrays.fill(buffer, offset, offset + n, (byte) value);
                left -= n;
                return n;
            }
        };
    }
}
