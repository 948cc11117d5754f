package org.opencontest.submission;

import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestFixtures;
import org.opencontest.contest.ContestInput;
import org.opencontest.contest.ContestService;
import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.PhaseWindow;
import org.opencontest.contest.TimelineChangeNote;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.team.Enrolment;
import org.opencontest.team.RegisteredTeam;
import org.opencontest.team.TeamFixtures;
import org.opencontest.team.TeamService;

/**
 * Real contests and teams for submission tests, built through the contest and team services: a published contest
 * whose registration and submission phases are open now, and a two-person team in it.
 */
public final class SubmissionFixtures {

    /** Starts like a PDF: content sniffing sees application/pdf. */
    public static final String PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n";
    /** A Windows executable's header. */
    public static final byte[] EXE = "MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000This program cannot be run in DOS mode"
            .getBytes(StandardCharsets.ISO_8859_1);

    private SubmissionFixtures() {
    }

    public record Scenario(long contestId, String slug, AppPrincipal organiser, AppPrincipal leader,
                           AppPrincipal member, long teamId) {
    }

    /** Submission opened a day ago and closes in ten days; registration runs alongside it. */
    public static Scenario scenario(ContestService contests, TeamService teams, Instant now) {
        return scenario(contests, teams, now, person(Role.PARTICIPANT), person(Role.PARTICIPANT));
    }

    /** The same with given team members, e.g. real accounts that own API tokens. */
    public static Scenario scenario(ContestService contests, TeamService teams, Instant now, AppPrincipal leader,
                                    AppPrincipal member) {
        AppPrincipal organiser = person(Role.ORGANISER);
        ContestInput open = withPhases(ContestFixtures.input(ContestFixtures.uniqueSlug("sub"), now), openPhases(now));
        ContestEditState draft = as(organiser, () -> contests.create(open));
        ContestEditState published = as(organiser, () -> contests.publish(draft.id(), draft.version()));
        RegisteredTeam team = TeamFixtures.register(teams, contests, leader, published.id(),
                "Team " + UUID.randomUUID().toString().substring(0, 8));
        as(member, () -> teams.joinByCode(team.inviteCode(), Enrolment.consenting()));
        return new Scenario(published.id(), published.input().slug(), organiser, leader, member, team.teamId());
    }

    /** Opens the submission phase of a contest built by {@code TeamFixtures.publishedContest} now (for ten days). */
    public static void openSubmission(ContestService contests, AppPrincipal organiser, long contestId, Instant now) {
        as(organiser, () -> {
            ContestEditState state = contests.edit(contestId);
            return contests.update(contestId, state.version(), withPhases(state.input(), openPhases(now)),
                    TimelineChangeNote.because("Test: submission opens now."));
        });
    }

    /** Moves the end of the submission phase (registration closes before it, as the timeline requires). */
    public static void closeSubmissionAt(ContestService contests, Scenario scenario, Instant closes) {
        as(scenario.organiser(), () -> {
            ContestEditState state = contests.edit(scenario.contestId());
            Instant opens = closes.minus(Duration.ofDays(2));
            return contests.update(state.id(), state.version(), withPhases(state.input(), List.of(
                    new PhaseWindow(PhaseKind.REGISTRATION, opens, closes.minus(Duration.ofDays(1))),
                    new PhaseWindow(PhaseKind.SUBMISSION, opens, closes),
                    new PhaseWindow(PhaseKind.JUDGING, closes.plus(Duration.ofDays(1)), closes.plus(Duration.ofDays(9))))),
                    TimelineChangeNote.closingNow("Test: submission closes."));
        });
    }

    /** Fills in the package's title (English and Chinese) and the other required fields, as {@code who}. */
    public static PackageState describe(SubmissionDrafts drafts, AppPrincipal who, long contestId, String title,
                                        String titleZh) {
        return as(who, () -> {
            PackageState state = drafts.myPackage(contestId);
            return drafts.saveDraft(contestId, state.version(), new PackageInput(state.input().trackId(), title,
                    titleZh, "Abstract", null, List.of(), "Traffic 2025", "https://demo.example.org", null, null));
        });
    }

    public static InputStream pdf() {
        return new ByteArrayInputStream((PDF + "x".repeat(2000)).getBytes(StandardCharsets.US_ASCII));
    }

    public static InputStream bytes(byte[] content) {
        return new ByteArrayInputStream(content);
    }

    /** A real ZIP archive with one small entry. */
    public static InputStream zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("src/Main.java"));
            zip.write("class Main {}".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    /** Registration and submission opened a day ago; submission closes in ten days. */
    private static List<PhaseWindow> openPhases(Instant now) {
        Instant day = now.truncatedTo(ChronoUnit.MINUTES);
        return List.of(
                new PhaseWindow(PhaseKind.REGISTRATION, day.minus(Duration.ofDays(1)), day.plus(Duration.ofDays(5))),
                new PhaseWindow(PhaseKind.SUBMISSION, day.minus(Duration.ofDays(1)), day.plus(Duration.ofDays(10))),
                new PhaseWindow(PhaseKind.JUDGING, day.plus(Duration.ofDays(11)), day.plus(Duration.ofDays(20))));
    }

    private static ContestInput withPhases(ContestInput input, List<PhaseWindow> phases) {
        return new ContestInput(input.slug(), input.title(), input.summary(), input.description(), input.rules(),
                input.theme(), input.zone(), input.teamSizeMin(), input.teamSizeMax(), input.tracks(), input.prizes(),
                phases);
    }
}
