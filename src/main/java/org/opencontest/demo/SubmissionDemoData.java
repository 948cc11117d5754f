package org.opencontest.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestInput;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.PhaseWindow;
import org.opencontest.contest.TimelineChangeNote;
import org.opencontest.dataset.ContestDatasetChoices;
import org.opencontest.dataset.DatasetChoice;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.submission.PackageInput;
import org.opencontest.submission.PackageState;
import org.opencontest.submission.PackageSubmission;
import org.opencontest.submission.SubmissionDrafts;
import org.opencontest.team.Enrolment;
import org.opencontest.team.RegisteredTeam;
import org.opencontest.team.TeamRegistration;
import org.opencontest.team.TeamService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Demo submissions: a second, finished contest ("Open Mobility 2025") whose submission phase is over, with two demo
 * teams, their submitted versions (small generated files) and signed receipts. Everything goes through the real
 * services, acting as the demo organiser and participants: the contest is created with its registration and
 * submission open, teams register and submit, then the organiser moves the timeline into the past so that its
 * deadline passes two minutes after loading and judging opens then (the judging, results and incubation loaders
 * build on it). Two demo datasets (road accidents, air quality) are released to it as well, and the entries declare
 * them as used, so the judges' panel and the impact report show declared datasets. Skipped when the contest exists.
 */
@Component
class SubmissionDemoData {

    static final String SLUG = "open-mobility-2025";
    private static final Logger LOG = LoggerFactory.getLogger(SubmissionDemoData.class);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final ContestService contests;
    private final TeamService teams;
    private final SubmissionDrafts drafts;
    private final PackageSubmission submitting;
    private final DemoPeople people;
    private final DatasetDemoData datasets;
    private final ContestDatasetChoices datasetChoices;
    private final Clock clock;

    SubmissionDemoData(ContestService contests, TeamService teams, SubmissionDrafts drafts,
                       PackageSubmission submitting, DemoPeople people, DatasetDemoData datasets,
                       ContestDatasetChoices datasetChoices, Clock clock) {
        this.contests = contests;
        this.teams = teams;
        this.drafts = drafts;
        this.submitting = submitting;
        this.people = people;
        this.datasets = datasets;
        this.datasetChoices = datasetChoices;
        this.clock = clock;
    }

    void load() {
        AppPrincipal organiser;
        List<AppPrincipal> participants;
        try {
            organiser = people.get(DemoAccounts.ORGANISER);
            participants = DemoAccounts.PARTICIPANTS.stream().map(people::get).toList();
        } catch (RuntimeException missing) {
            LOG.info("Demo submissions skipped: demo accounts missing");
            return;
        }
        boolean exists = SystemIdentity.callAs(organiser, () -> contests.myContests(PageRequest.of(0, 500))
                .stream().anyMatch(contest -> contest.slug().equals(SLUG)));
        if (exists) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.HOURS);
        ContestEditState draft = SystemIdentity.callAs(organiser, () -> contests.create(input(List.of(
                phase(PhaseKind.REGISTRATION, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1))),
                phase(PhaseKind.SUBMISSION, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)))))));
        ContestEditState published = SystemIdentity.callAs(organiser, () -> contests.publish(draft.id(), draft.version()));
        long contestId = published.id();
        Long track = SystemIdentity.callAs(organiser, () -> contests.page(contestId)).tracks().get(0).id();
        // two demo datasets are released to this contest too, so that its entries declare them (impact report)
        datasets.alsoReleaseTo(contestId, List.of(DatasetDemoData.ACCIDENTS, DatasetDemoData.AIR_QUALITY));

        RegisteredTeam owls = SystemIdentity.callAs(participants.get(0), () -> teams.register(contestId,
                new TeamRegistration("Night Owls 夜猫子", "Bus punctuality from open GPS feeds.", track, false),
                Enrolment.consenting()));
        SystemIdentity.callAs(participants.get(1), () -> teams.joinByCode(owls.inviteCode(), Enrolment.consenting()));
        SystemIdentity.callAs(participants.get(2), () -> teams.register(contestId,
                new TeamRegistration("BetaNYC Mappers", "Safer cycling routes.", track, false), Enrolment.consenting()));

        submit(participants.get(0), contestId, "Bus Bunching Radar", "公交串车雷达",
                "Predicts bus bunching 10 minutes ahead from open GPS data.", "radar",
                List.of(DatasetDemoData.ACCIDENTS), "Bus GPS positions 2025");
        submit(participants.get(1), contestId, "Bus Bunching Radar v2", "公交串车雷达 v2",
                "Adds a dispatcher dashboard and a field test on route 71.", "radar-v2",
                List.of(DatasetDemoData.ACCIDENTS), "Bus GPS positions 2025");
        submit(participants.get(2), contestId, "Safe Cycling Routes", "安全骑行路线",
                "Route planner that avoids accident hot spots.", "cycling",
                List.of(DatasetDemoData.ACCIDENTS, DatasetDemoData.AIR_QUALITY), null);

        // the deadline passes two minutes after loading, so every demo version was on time and the contest is judged now
        Instant closes = clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(2));
        SystemIdentity.callAs(organiser, () -> {
            ContestEditState state = contests.edit(contestId);
            return contests.update(contestId, state.version(), withPhases(state.input(), List.of(
                    phase(PhaseKind.REGISTRATION, closes.minus(Duration.ofDays(40)), closes.minus(Duration.ofDays(20))),
                    phase(PhaseKind.SUBMISSION, closes.minus(Duration.ofDays(30)), closes),
                    phase(PhaseKind.JUDGING, closes, closes.plus(Duration.ofDays(14))))),
                    TimelineChangeNote.closingNow("Demo data: submission closes so that the demo contest can be judged."));
        });
        LOG.info("Demo contest {} with submissions loaded", SLUG);
    }

    private void submit(AppPrincipal member, long contestId, String titleEn, String titleZh, String summary,
                        String fileStem, List<String> datasetSlugs, String otherData) {
        List<Long> declared = datasetChoices.choicesFor(contestId).stream()
                .filter(choice -> datasetSlugs.contains(choice.slug())).map(DatasetChoice::id).toList();
        SystemIdentity.callAs(member, () -> {
            drafts.upload(contestId, new ByteArrayInputStream(pdf(titleEn, summary)), fileStem + "-proposal.pdf",
                    clock.instant());
            drafts.upload(contestId, new ByteArrayInputStream(zip(fileStem)), fileStem + "-source.zip",
                    clock.instant());
            PackageState state = drafts.myPackage(contestId);
            drafts.saveDraft(contestId, state.version(), new PackageInput(state.input().trackId(), titleEn,
                    titleZh, summary, null, declared, otherData,
                    "https://demo.example.org/" + fileStem, "https://git.example.org/" + fileStem, null));
            return submitting.submit(contestId, UUID.randomUUID().toString());
        });
    }

    /** A tiny but well-formed one-page PDF with the title as its text. */
    private static byte[] pdf(String title, String summary) {
        String text = (title + " - " + summary).replaceAll("[()\\\\]", " ");
        String stream = "BT /F1 14 Tf 72 720 Td (" + text + ") Tj ET";
        String body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                + "/Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
                + "4 0 obj << /Length " + stream.length() + " >> stream\n" + stream + "\nendstream endobj\n"
                + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] zip(String stem) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(stem + "/README.md"));
            zip.write(("# " + stem + "\n\nDemo source archive.\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static ContestInput input(List<PhaseWindow> phases) {
        return new ContestInput(SLUG,
                new LocalizedText("Open Mobility Challenge 2025", "开放出行挑战赛 2025"),
                new LocalizedText("Better buses and safer cycling with open transport data.",
                        "用开放交通数据改善公交、让骑行更安全。"),
                new LocalizedText("## About\nA short autumn contest on open transport data. Submissions are closed; "
                        + "the jury is at work.", "## 关于\n一场关于开放交通数据的秋季短期赛事。作品提交已截止，评审正在进行。"),
                new LocalizedText("- Teams of 1 to 4\n- Submit before the deadline (Asia/Shanghai)",
                        "- 每队 1 至 4 人\n- 须在截止时间（上海时间）前提交"),
                new LocalizedText("Open mobility", "开放出行"), SHANGHAI, 1, 4,
                List.of(new ContestInput.TrackInput(null, new LocalizedText("Public transport", "公共交通"),
                        new LocalizedText("Buses, metro and their riders.", "公交、地铁和乘客。"))),
                List.of(new ContestInput.PrizeInput(null, new LocalizedText("Mobility prize", "出行奖"),
                        new BigDecimal("20000"), "CNY", LocalizedText.EMPTY, 0)),
                phases);
    }

    private static ContestInput withPhases(ContestInput input, List<PhaseWindow> phases) {
        return new ContestInput(input.slug(), input.title(), input.summary(), input.description(), input.rules(),
                input.theme(), input.zone(), input.teamSizeMin(), input.teamSizeMax(), input.tracks(), input.prizes(),
                phases);
    }

    private static PhaseWindow phase(PhaseKind kind, Instant opens, Instant closes) {
        return new PhaseWindow(kind, opens, closes);
    }
}
