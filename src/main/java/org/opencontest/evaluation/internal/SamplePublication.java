package org.opencontest.evaluation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.dataset.AccessTier;
import org.opencontest.dataset.DataTheme;
import org.opencontest.dataset.DatasetMetadata;
import org.opencontest.dataset.DatasetPage;
import org.opencontest.dataset.DatasetPublishing;
import org.opencontest.dataset.Licence;
import org.opencontest.dataset.ReleaseView;
import org.opencontest.dataset.UpdateFrequency;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.storage.ObjectStorage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes a track's sample submission with the contest's data: a dataset of the catalog released to the contest
 * (created with the first answer key), with a new release for every key. The dataset module owns the file from then
 * on, so teams find it where they find the other data. Only ids leave the key (see {@link SampleSubmission}).
 * Runs in the organiser's request, after {@link EvaluationSetup} has checked who may do it.
 */
@Component
class SamplePublication {

    static final String FILE_NAME = "sample_submission.csv";

    private final DatasetPublishing publishing;
    private final ContestService contests;
    private final EvaluatedTrackRepository tracks;
    private final ObjectStorage storage;
    private final TransactionTemplate transaction;

    SamplePublication(DatasetPublishing publishing, ContestService contests, EvaluatedTrackRepository tracks,
                      ObjectStorage storage, PlatformTransactionManager transactions) {
        this.publishing = publishing;
        this.contests = contests;
        this.tracks = tracks;
        this.storage = storage;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Publishes the sample of the track's current answer key as the next release of its sample dataset. */
    void publish(long evaluatedTrackId) {
        EvaluatedTrack track = tracks.findById(evaluatedTrackId).orElseThrow();
        Path sample = null;
        try {
            sample = Files.createTempFile("sample-submission", ".csv");
            try (OutputStream out = Files.newOutputStream(sample)) {
                SampleSubmission.write(() -> CsvInput.utf8(storage.get(track.getKeyObject())), track.settings(), out);
            }
            DatasetPage dataset = datasetOf(track);
            ReleaseView release = draftRelease(dataset);
            try (InputStream content = Files.newInputStream(sample)) {
                publishing.uploadFile(release.id(), content, FILE_NAME);
            }
            ReleaseView uploaded = publishing.edit(dataset.id()).releases().stream()
                    .filter(candidate -> candidate.id() == release.id()).findFirst().orElseThrow();
            publishing.publishRelease(uploaded.id(), uploaded.version(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(sample);
        }
    }

    /**
     * A new draft release, or the draft a publication that failed half-way left behind (the object store went away
     * during the upload): a dataset holds one draft at most, so a new one would be refused. Its files go first.
     */
    private ReleaseView draftRelease(DatasetPage dataset) {
        ReleaseView release = dataset.releases().stream().filter(ReleaseView::isDraft).findFirst()
                .orElseGet(() -> publishing.createRelease(dataset.id(), dataset.version(), "",
                        new LocalizedText("Sample submission for the current test set.", "与当前测试集对应的提交样例。")));
        release.files().forEach(file -> publishing.removeFile(file.id(), file.version()));
        return release;
    }

    private DatasetPage datasetOf(EvaluatedTrack track) {
        if (track.getSampleDatasetId() != null) {
            return publishing.edit(track.getSampleDatasetId());
        }
        DatasetPage created = publishing.create(metadata(contests.page(track.getContestId()), track));
        transaction.executeWithoutResult(status -> {
            EvaluatedTrack current = tracks.findById(track.getId()).orElseThrow();
            current.sampleDataset(created.id());
            tracks.saveAndFlush(current);
        });
        return created;
    }

    private static DatasetMetadata metadata(ContestPage contest, EvaluatedTrack track) {
        TrackSettings settings = track.settings();
        LocalizedText trackName = contest.tracks().stream()
                .filter(candidate -> Objects.equals(candidate.id(), settings.trackId()))
                .map(ContestPage.Track::name).findFirst().orElse(contest.title());
        LocalizedText title = new LocalizedText("Sample submission: " + trackName.en(),
                "提交样例：" + (trackName.zh().isEmpty() ? trackName.en() : trackName.zh()));
        LocalizedText description = new LocalizedText(
                "Every id to predict with a placeholder value in the columns " + settings.idColumn() + " and "
                        + settings.targetColumn() + ". Replace the values with your predictions and submit the file.",
                "列出需要预测的每个编号，预测值为占位值，列为 " + settings.idColumn() + " 和 "
                        + settings.targetColumn() + "。把占位值换成你们的预测后提交该文件。");
        String publisher = contest.title().en().isEmpty() ? contest.title().zh() : contest.title().en();
        return new DatasetMetadata("", title, description, publisher, "", "", null, List.of(), DataTheme.TECH,
                LocalizedText.EMPTY, Licence.CONTEST_TERMS, null, null, LocalizedText.EMPTY, "",
                UpdateFrequency.IRREG, "", Set.of(contest.id()), AccessTier.OPEN, LocalizedText.EMPTY);
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a temporary file; the operating system clears its temporary directory
        }
    }
}
