package org.opencontest.incubation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.opencontest.incubation.IncubationFixtures.Setup;
import org.opencontest.incubation.internal.CheckInReminders;
import org.opencontest.incubation.internal.CheckInStatus;
import org.opencontest.incubation.internal.Consent;
import org.opencontest.incubation.internal.Dashboard;
import org.opencontest.incubation.internal.EvidenceView;
import org.opencontest.incubation.internal.ImpactReport;
import org.opencontest.incubation.internal.IncubationEvidence;
import org.opencontest.incubation.internal.IncubationReports;
import org.opencontest.incubation.internal.KpiKind;
import org.opencontest.incubation.internal.ReportingSchedule;
import org.opencontest.incubation.internal.Showcase;
import org.opencontest.incubation.internal.StageEntry;
import org.opencontest.notification.internal.EmbeddedMailServer;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.submission.SubmissionFixtures.Scenario;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Incubation against PostgreSQL, the embedded S3 server and SMTP server, with real contests, teams and entries. */
class IncubationFlowIT extends IntegrationTest {

    static final Kpis FIGURES = new Kpis(new BigDecimal("86000"), 5, new BigDecimal("1500000"), BigDecimal.ZERO,
            new BigDecimal("200000"), 4200L, 3, AdoptionStage.PILOT, 2);

    @Autowired
    IncubationProjects projects;
    @Autowired
    IncubatorOrganisations organisations;
    @Autowired
    Milestones milestones;
    @Autowired
    CheckIns checkIns;
    @Autowired
    IncubationEvidence evidence;
    @Autowired
    IncubationReports reports;
    @Autowired
    Showcase showcase;
    @Autowired
    CheckInReminders reminders;
    @Autowired
    EmbeddedMailServer smtp;
    @Autowired
    IncubationFixtures fixtures;

    @Test
    void anOrganiserTakesASelectedEntryTheTeamConsentsAndStagesKeepADatedHistory() {
        Scenario entry = fixtures.submittedEntry("Bus Bunching Radar");
        List<Candidate> candidates = as(entry.organiser(), () -> projects.candidates(entry.contestId()));
        assertThat(candidates).singleElement().satisfies(candidate -> {
            assertThat(candidate.title().en()).isEqualTo("Bus Bunching Radar");
            assertThat(candidate.award()).isNull();
            assertThat(candidate.projectId()).isNull();
        });
        AppPrincipal incubator = fixtures.incubatorAccount();
        Setup s = fixtures.project(entry, incubator, fixtures.today().minusMonths(2), false);
        assertThat(s.project().consent()).isEqualTo(Consent.PENDING);
        assertThat(anonymously(showcase::entries)).noneMatch(shown -> shown.id() == s.projectId());
        refused(() -> as(entry.organiser(), () -> projects.start(new NewProject(entry.contestId(), entry.teamId(),
                s.orgId(), java.util.Set.of(), Cadence.MONTHLY, fixtures.today()))), "incubation.project.error.exists");

        ProjectDetail accepted = as(entry.member(), () -> projects.answerConsent(s.projectId(),
                s.project().version(), true, true, false, "Predicts bus bunching."));
        assertThat(accepted.consentBy()).isEqualTo(entry.member().displayName());
        assertThat(accepted.consentAt()).isNotNull();
        assertThat(anonymously(showcase::entries)).filteredOn(shown -> shown.id() == s.projectId()).singleElement()
                .satisfies(shown -> assertThat(shown.kpis()).as("figures stay private").isNull());

        refused(() -> as(incubator, () -> projects.moveStage(s.projectId(), accepted.summary().version(),
                Stage.PILOT, "  ")), "text.error.required");
        ProjectDetail pilot = as(incubator, () -> projects.moveStage(s.projectId(), accepted.summary().version(),
                Stage.PILOT, "Pilot on route 71 with the transport bureau"));
        refused(() -> as(entry.organiser(), () -> projects.moveStage(s.projectId(), pilot.summary().version(),
                Stage.PROTOTYPE, "back")), "incubation.stage.error.notAllowed");
        refused(() -> as(entry.organiser(), () -> projects.moveStage(s.projectId(), accepted.summary().version(),
                Stage.SPUN_OFF, "stale page")), "error.concurrentEdit");
        assertThat(pilot.history()).extracting(StageEntry::to).containsExactly(Stage.ACCEPTED, Stage.PILOT);
        assertThat(pilot.history().get(1).reason()).isEqualTo("Pilot on route 71 with the transport bureau");
        assertThat(pilot.history().get(1).at()).isNotNull();
        assertThat(as(entry.organiser(), () -> projects.candidates(entry.contestId())).get(0).projectId())
                .isEqualTo(s.projectId());
    }

    @Test
    void onlyTheProjectsPeopleSeeItAndGuessedIdsAreNotFound() {
        Setup s = fixtures.setUp("Private project " + UUID.randomUUID(), fixtures.today().minusMonths(2), true);
        Setup other = fixtures.setUp("Other project", fixtures.today().minusMonths(2), true);

        assertThat(as(s.entry().leader(), () -> projects.project(s.projectId())).viewer().team()).isTrue();
        assertThat(as(s.incubator(), () -> projects.project(s.projectId())).viewer().incubator()).isTrue();
        assertThat(as(s.entry().organiser(), () -> projects.project(s.projectId())).viewer().organiser()).isTrue();
        assertThat(as(s.incubator(), projects::portfolio)).extracting(ProjectSummary::id).contains(s.projectId())
                .doesNotContain(other.projectId());
        assertThat(as(s.entry().leader(), projects::myProjects)).extracting(ProjectSummary::id)
                .containsExactly(s.projectId());
        for (AppPrincipal stranger : List.of(other.entry().leader(), other.entry().organiser(), other.incubator(),
                person(Role.INCUBATOR), person(Role.PARTICIPANT))) {
            assertThatThrownBy(() -> as(stranger, () -> projects.project(s.projectId())))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> anonymously(() -> projects.project(s.projectId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(other.entry().organiser(), () -> reports.impact(s.entry().contestId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(s.entry().leader(), () -> checkIns.review(1L, 0, true, null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void aProjectIncubatedTodayFilesItsFirstCheckInTodayButNotTheNextPeriodsYet() {
        Setup s = fixtures.setUp("+Fresh " + UUID.randomUUID().toString().substring(0, 6), fixtures.today(), true);
        LocalDate today = fixtures.today();
        AppPrincipal leader = s.entry().leader();

        assertThat(as(leader, () -> projects.project(s.projectId())).periods()).first().satisfies(row -> {
            assertThat(row.period().start()).isEqualTo(today);
            assertThat(row.open()).as("the first period's window is open from its first day").isTrue();
        });
        CheckInDetail draft = as(leader, () -> checkIns.save(s.projectId(), today, 0, "Kick-off.", FIGURES));
        CheckInDetail submitted = as(leader, () -> checkIns.submit(s.projectId(), today, draft.version(),
                "Kick-off with the bus company.", FIGURES));
        assertThat(submitted.status()).isEqualTo(CheckInStatus.SUBMITTED);

        refused(() -> as(leader, () -> checkIns.save(s.projectId(), today.plusMonths(1), 0, "Too early", FIGURES)),
                "incubation.checkIn.error.futurePeriod");
        assertThat(as(leader, () -> projects.project(s.projectId())).summary().nextDue())
                .as("the next check-in is the second period's").isEqualTo(today.plusMonths(2).minusDays(1)
                        .plusDays(ReportingSchedule.DUE_AFTER_DAYS));
    }

    @Test
    void checkInsRefuseFuturePeriodsAndAbsurdFiguresAndVerifiedFiguresReachTheDashboardAndTheImpactReport() {
        String title = "+Safe Cycling " + UUID.randomUUID().toString().substring(0, 6);
        Setup s = fixtures.setUp(title, fixtures.today().minusMonths(3).minusDays(1), true);
        LocalDate first = fixtures.today().minusMonths(3).minusDays(1);
        LocalDate next = first.plusMonths(4);
        AppPrincipal leader = s.entry().leader();

        refused(() -> as(leader, () -> checkIns.save(s.projectId(), next, 0, "Too early", FIGURES)),
                "incubation.checkIn.error.futurePeriod");
        refused(() -> as(leader, () -> checkIns.save(s.projectId(), first.plusDays(1), 0, "Odd", FIGURES)),
                "incubation.checkIn.error.noSuchPeriod");
        refused(() -> as(leader, () -> checkIns.save(s.projectId(), first, 0, "Typo", new Kpis(
                new BigDecimal("-5"), 1, null, null, null, null, null, null, null))), "incubation.kpi.error.negative");
        refused(() -> as(leader, () -> checkIns.save(s.projectId(), first, 0, "Typo", new Kpis(
                null, 5_000_000, null, null, null, null, null, null, null))), "incubation.kpi.error.tooLarge");
        refused(() -> as(leader, () -> checkIns.save(s.projectId(), first, 0, "<script>x</script>", FIGURES)),
                "text.error.markup");
        assertThatThrownBy(() -> as(s.incubator(), () -> checkIns.save(s.projectId(), first, 0, "Not mine",
                FIGURES))).isInstanceOf(NotFoundException.class);

        CheckInDetail draft = as(leader, () -> checkIns.save(s.projectId(), first, 0, "Pilot started.",
                new Kpis(new BigDecimal("86000"), 5, null, null, null, null, null, null, null)));
        assertThat(draft.status()).isEqualTo(CheckInStatus.DRAFT);
        refused(() -> as(leader, () -> checkIns.submit(s.projectId(), first, draft.version(), "Pilot started.",
                draft.kpis())), "incubation.kpi.error.missing");
        CheckInDetail submitted = as(s.entry().member(), () -> checkIns.submit(s.projectId(), first,
                draft.version(), "Pilot started on route 71.", FIGURES));
        assertThat(submitted.status()).isEqualTo(CheckInStatus.SUBMITTED);
        assertThat(submitted.editable()).isFalse();
        refused(() -> as(leader, () -> checkIns.save(s.projectId(), first, submitted.version(), "Change", FIGURES)),
                "incubation.checkIn.error.notEditable");
        refused(() -> as(s.incubator(), () -> checkIns.review(submitted.id(), submitted.version(), false, "")),
                "text.error.required");

        CheckInDetail verified = as(s.incubator(), () -> checkIns.review(submitted.id(), submitted.version(), true,
                "Matches the bank statement."));
        assertThat(verified.status()).isEqualTo(CheckInStatus.VERIFIED);

        Dashboard dashboard = as(s.incubator(), () -> reports.dashboard("Portfolio", Locale.ENGLISH));
        assertThat(dashboard.projects()).singleElement().satisfies(series -> {
            assertThat(series.label()).isEqualTo(title);
            assertThat(KpiKind.REVENUE.of(series.points().get(0).kpis())).isEqualByComparingTo("86000");
        });
        assertThat(dashboard.overdue()).extracting(ProjectSummary::id).containsExactly(s.projectId());
        assertThat(dashboard.funnel().get(Stage.ACCEPTED)).isEqualTo(1);

        ImpactReport impact = as(s.entry().organiser(), () -> reports.impact(s.entry().contestId()));
        assertThat(impact.entries()).isEqualTo(1);
        assertThat(impact.incubated()).isEqualTo(1);
        assertThat(impact.jobs()).isEqualTo(5);
        assertThat(impact.funding()).isEqualByComparingTo("1700000");
        java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
        as(s.entry().organiser(), () -> {
            reports.impactCsv(s.entry().contestId(), csv);
            return null;
        });
        assertThat(csv.toString(StandardCharsets.UTF_8)).startsWith("\uFEFFmeasure,value").contains("jobs,5")
                .as("the title as text, not a formula").contains("'" + title);
    }

    @Test
    void twoIncubatorsReviewingOneMilestoneDoNotOverwriteEachOther() {
        Setup s = fixtures.setUp("Milestones", fixtures.today().minusMonths(1), true);
        AppPrincipal second = fixtures.incubatorAccount();
        as(person(Role.ADMIN), () -> organisations.addMember(s.orgId(), second.email()));
        MilestoneView goal = as(s.incubator(), () -> milestones.add(s.projectId(), new MilestoneInput(
                "Pilot agreement with a government body", "agreement", BigDecimal.ONE, fixtures.today().plusMonths(2))));
        refused(() -> as(s.entry().leader(), () -> milestones.report(goal.id(), goal.version(),
                MilestoneStatus.ACCEPTED, BigDecimal.ONE)), "incubation.milestone.error.teamStatus");
        MilestoneView complete = as(s.entry().leader(), () -> milestones.report(goal.id(), goal.version(),
                MilestoneStatus.COMPLETE, BigDecimal.ONE));

        MilestoneView accepted = as(s.incubator(), () -> milestones.review(complete.id(), complete.version(), true,
                "Signed."));
        assertThat(accepted.status()).isEqualTo(MilestoneStatus.ACCEPTED);
        refused(() -> as(second, () -> milestones.review(complete.id(), complete.version(), false, "Not signed")),
                "error.concurrentEdit");
        refused(() -> as(s.entry().leader(), () -> milestones.report(goal.id(), accepted.version(),
                MilestoneStatus.IN_PROGRESS, null)), "incubation.milestone.error.closed");
    }

    @Test
    void evidenceIsCheckedForSizeAndTypeAndLinkedOnlyAfterTheAccessCheck() throws Exception {
        Setup s = fixtures.setUp("Evidence", fixtures.today().minusMonths(2), true);
        LocalDate first = fixtures.today().minusMonths(2);
        CheckInDetail draft = as(s.entry().leader(), () -> checkIns.save(s.projectId(), first, 0, "Draft", FIGURES));

        refused(() -> as(s.entry().leader(), () -> evidence.uploadForCheckIn(draft.id(),
                zeros(IncubationEvidence.MAX_BYTES + 1), "huge.pdf")), "storage.error.tooLarge");
        refused(() -> as(s.entry().leader(), () -> evidence.uploadForCheckIn(draft.id(),
                new ByteArrayInputStream(SubmissionFixtures.EXE), "tool.exe")), "incubation.evidence.error.type");
        EvidenceView pdf = as(s.entry().leader(), () -> evidence.uploadForCheckIn(draft.id(), SubmissionFixtures.pdf(),
                "../bank statement.pdf"));
        assertThat(pdf.name()).isEqualTo("bank statement.pdf");
        assertThat(pdf.sha256()).hasSize(64);
        assertThat(as(s.incubator(), () -> evidence.link(pdf.id())).toString()).contains("X-Amz-Signature");
        assertThatThrownBy(() -> as(person(Role.PARTICIPANT), () -> evidence.link(pdf.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(s.entry().leader(), () -> checkIns.checkIn(s.projectId(), first)).evidence())
                .extracting(EvidenceView::id).containsExactly(pdf.id());
    }

    @Test
    void theOverdueReminderArrivesOnceAndTheIncubatorIsToldTwoWeeksAfterTheDueDate() throws Exception {
        String title = "Reminded " + UUID.randomUUID().toString().substring(0, 8);
        // the first period's check-in was due about 26 days ago; the second period is still running
        Setup s = fixtures.setUp(title, fixtures.today().minusMonths(2).minusDays(5), true);

        reminders.sendDue();
        // how many mails a run requested, across all projects: the first run sent everything due today
        assertThat(reminders.sendDue()).as("one reminder per due date, not one per run").isZero();

        String overdue = "Check-in overdue: " + title;
        for (String member : List.of(s.entry().leader().email(), s.entry().member().email())) {
            await().atMost(Duration.ofSeconds(40)).pollInSameThread()
                    .until(() -> withSubject(member, overdue).size() == 1);
            assertThat(withSubject(member, overdue)).as("every member of the team, once").singleElement()
                    .satisfies(mail -> assertThat(mail.getSubject()).isEqualTo(overdue));
        }
        await().atMost(Duration.ofSeconds(40)).pollInSameThread()
                .until(() -> withSubject(s.incubator().email(), "Check-in two weeks overdue: " + title).size() == 1);
    }

    private List<MimeMessage> withSubject(String recipient, String subject) throws Exception {
        List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage message : smtp.receivedMessagesFor(recipient)) {
            if (message.getSubject().contains(subject)) {
                found.add(message);
            }
        }
        return found;
    }

    private static InputStream zeros(long size) {
        return new InputStream() {
            long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserFacingException.class,
                refusal -> assertThat(refusal.getMessageKey()).isEqualTo(key));
    }
}
