package org.opencontest.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.as;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;

import org.opencontest.dataset.DataFileView;
import org.opencontest.dataset.DatasetCatalog;
import org.opencontest.evaluation.internal.EntryView;
import org.opencontest.evaluation.internal.EvaluationEntry;
import org.opencontest.evaluation.internal.EvaluationSetup;
import org.opencontest.evaluation.internal.TrackSettings;
import org.opencontest.evaluation.internal.TrackView;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.submission.PackageState;
import org.opencontest.submission.PackageSubmission;
import org.opencontest.submission.SubmissionDrafts;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.submission.SubmissionFixtures.Scenario;
import org.opencontest.submission.internal.SubmissionAdministration;
import org.opencontest.submission.internal.SubmissionRules;
import org.springframework.stereotype.Component;

/**
 * Evaluated tracks for tests, through the real services: CSV allowed in the contest's submission rules, a track with
 * its answer key, prediction files submitted as a team does, and waiting for the scoring jobs.
 */
@Component
public class EvaluationFixtures {

    public static final int ROWS = 40;
    private static final Duration SCORING_TIMEOUT = Duration.ofSeconds(60);
    /** A job takes tens of milliseconds once picked: a long pause between looks would be most of the wait. */
    private static final Duration SCORING_POLL = Duration.ofMillis(50);

    private final SubmissionAdministration administration;
    private final SubmissionDrafts drafts;
    private final PackageSubmission submitting;
    private final EvaluationSetup setup;
    private final Clock clock;

    EvaluationFixtures(SubmissionAdministration administration, SubmissionDrafts drafts, PackageSubmission submitting,
                       EvaluationSetup setup, Clock clock) {
        this.administration = administration;
        this.drafts = drafts;
        this.submitting = submitting;
        this.setup = setup;
        this.clock = clock;
    }

    /**
     * Lets the contest take CSV files, adds an evaluated track for the whole contest and stores its answer key
     * ({@code answerKey} null: none yet).
     */
    public TrackView evaluatedTrack(Scenario s, TrackSettings settings, byte[] answerKey) {
        as(s.organiser(), () -> {
            SubmissionRules rules = administration.rules(s.contestId());
            return administration.saveRules(s.contestId(), new SubmissionRules(Set.of("text/csv", "text/plain"),
                    rules.maxFileBytes(), rules.maxPackageBytes(), rules.maxFiles(), rules.quotaPerDay(),
                    rules.quotaTotal(), rules.latePolicy(), rules.grace(), rules.version()));
        });
        TrackView created = as(s.organiser(), () -> setup.save(s.contestId(), null, 0, settings));
        if (answerKey == null) {
            return created;
        }
        return as(s.organiser(), () -> setup.uploadAnswerKey(s.contestId(), created.id(),
                new ByteArrayInputStream(answerKey), "answers.csv"));
    }

    /** Replaces the draft's files by this one and submits it as {@code who}. */
    public void submit(Scenario s, AppPrincipal who, byte[] content, String name) {
        as(who, () -> {
            PackageState state = drafts.myPackage(s.contestId());
            state.files().forEach(file -> drafts.removeFile(s.contestId(), file.id()));
            return null;
        });
        SubmissionFixtures.describe(drafts, who, s.contestId(), "Predictions", "预测");
        as(who, () -> drafts.upload(s.contestId(), new ByteArrayInputStream(content), name, clock.instant()));
        as(who, () -> submitting.submit(s.contestId(), UUID.randomUUID().toString()));
    }

    /** Waits until the track has {@code count} entries, none queued or running; newest first. */
    public List<EntryView> awaitEntries(Scenario s, long trackId, int count) {
        return awaitEntries(s.organiser(), s.contestId(), trackId, count);
    }

    /** As {@link #awaitEntries(Scenario, long, int)}, asked by the contest's organiser. */
    public List<EntryView> awaitEntries(AppPrincipal organiser, long contestId, long trackId, int count) {
        Instant until = Instant.now().plus(SCORING_TIMEOUT);
        while (true) {
            List<EntryView> entries = as(organiser, () -> setup.entries(contestId, trackId));
            boolean done = entries.size() == count && entries.stream().noneMatch(entry ->
                    entry.status() == EvaluationEntry.Status.QUEUED || entry.status() == EvaluationEntry.Status.RUNNING);
            if (done) {
                return entries;
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Scoring did not finish in " + SCORING_TIMEOUT + ": " + entries);
            }
            try {
                Thread.sleep(SCORING_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The content of a catalog file, downloaded by {@code who} through its presigned link. */
    public static String download(DatasetCatalog catalog, AppPrincipal who, DataFileView file) throws Exception {
        var link = as(who, () -> catalog.downloadLink(file.id()));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(link.url()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** A CSV with the header {@code id,target} and rows 1…{@link #ROWS}. */
    public static byte[] csv(IntFunction<String> row) {
        StringBuilder text = new StringBuilder("id,target\n");
        for (int i = 1; i <= ROWS; i++) {
            text.append(row.apply(i)).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
