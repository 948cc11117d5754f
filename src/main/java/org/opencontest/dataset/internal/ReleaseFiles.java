package org.opencontest.dataset.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.opencontest.shared.error.UserFacingException;
import org.opencontest.storage.ObjectStorage;
import org.opencontest.storage.StorageUnavailableException;
import org.opencontest.storage.StoredObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Release files in the object store: streamed in (bounded memory, size limit, SHA-256 and sniffed type computed on
 * the way), analysed by a second, streamed read when they are CSV, recorded, and handed out through presigned
 * links. Keys are generated under {@code datasets/{id}/releases/{id}}; the user's file name is metadata only.
 */
@Component
public class ReleaseFiles {

    private static final Logger LOG = LoggerFactory.getLogger(ReleaseFiles.class);

    private final ObjectStorage objects;
    private final DataFileRepository files;
    private final long maxFileBytes;
    private final CsvAnalyzer analyzer;

    ReleaseFiles(ObjectStorage objects, DataFileRepository files,
                 @Value("${opencontest.dataset.max-file-size:50GB}") DataSize maxFileSize,
                 @Value("${opencontest.dataset.analysis-max-size:256MB}") DataSize analysisMaxSize) {
        this.objects = objects;
        this.files = files;
        this.maxFileBytes = maxFileSize.toBytes();
        this.analyzer = new CsvAnalyzer(analysisMaxSize.toBytes());
    }

    /** Where an upload goes: checked before any byte streams (draft release, clean and unused name). */
    public record Target(long datasetId, long releaseId, String name) {
    }

    /** A stored, analysed file waiting for its row. */
    public record Ingested(Target target, StoredObject stored, String format, CsvAnalysis analysis) {
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    public Target target(DatasetRelease release, String fileName) {
        release.requireDraft();
        String name = DataFileNames.clean(fileName);
        requireUnusedName(release.getId(), name);
        return new Target(release.getDataset().getId(), release.getId(), name);
    }

    /**
     * Streams the content into the store and analyses it; an empty file is refused. On any failure nothing stays in
     * the store.
     */
    public Ingested ingest(Target target, InputStream content) {
        StoredObject stored = objects.put("datasets/" + target.datasetId() + "/releases/" + target.releaseId(),
                content, target.name(), maxFileBytes);
        try {
            if (stored.size() == 0) {
                throw new UserFacingException("dataset.error.emptyFile");
            }
            CsvAnalysis analysis = CsvAnalyzer.isCsv(target.name(), stored.mediaType()) ? analyse(stored.key()) : null;
            return new Ingested(target, stored, DataFileNames.format(target.name(), stored.mediaType()), analysis);
        } catch (RuntimeException e) {
            deleteQuietly(stored.key());
            throw e;
        }
    }

    /** Writes the row of an ingested file (the caller's transaction); the name rule is checked again. */
    public DataFile record(DatasetRelease release, Ingested ingested, Instant now) {
        release.requireDraft();
        requireUnusedName(release.getId(), ingested.target().name());
        DataFile file = new DataFile(release, ingested.stored(), ingested.target().name(), ingested.format(), now);
        CsvAnalysis analysis = ingested.analysis();
        if (analysis != null) {
            file.analysed(analysis.schema() == null ? null : DatasetJson.schema(analysis.schema()),
                    DatasetJson.preview(analysis.preview()), DatasetJson.report(analysis.report()));
        }
        try {
            return files.saveAndFlush(file);
        } catch (DataIntegrityViolationException sameNameMeanwhile) {
            throw new UserFacingException("dataset.error.duplicateName", ingested.target().name());
        }
    }

    /** Stores the publisher's column descriptions in the file's Table Schema. */
    public void describeFields(DataFile file, List<String> descriptions) {
        var schema = DatasetJson.schema(file.getSchemaJson());
        if (schema == null) {
            throw new UserFacingException("dataset.error.noSchema");
        }
        file.describeFields(DatasetJson.schema(schema.withDescriptions(descriptions)));
    }

    public URI link(String key, String downloadName) {
        return objects.presignedGet(key, DatasetRules.LINK_EXPIRY, downloadName);
    }

    /** Best effort: an object left behind is an orphan (no row points to it), which the integrity scrub removes. */
    public void deleteQuietly(String key) {
        try {
            objects.delete(key);
        } catch (RuntimeException e) {
            LOG.warn("Could not delete dataset object {}; the integrity scrub removes orphans", key, e);
        }
    }

    private CsvAnalysis analyse(String key) {
        try (InputStream in = objects.get(key)) {
            return analyzer.analyse(in);
        } catch (CsvAnalyzer.SourceReadException e) {
            throw new StorageUnavailableException(e.getCause());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireUnusedName(long releaseId, String name) {
        if (files.existsByReleaseIdAndNameKey(releaseId, DataFileNames.key(name))) {
            throw new UserFacingException("dataset.error.duplicateName", name);
        }
    }
}
