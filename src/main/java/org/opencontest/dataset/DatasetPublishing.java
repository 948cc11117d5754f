package org.opencontest.dataset;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.audit.AuditLog;
import org.opencontest.contest.ContestService;
import org.opencontest.contest.ContestSummary;
import org.opencontest.dataset.internal.ContestRef;
import org.opencontest.dataset.internal.DataFile;
import org.opencontest.dataset.internal.DataFileRepository;
import org.opencontest.dataset.internal.Dataset;
import org.opencontest.dataset.internal.DatasetAccess;
import org.opencontest.dataset.internal.DatasetDtos;
import org.opencontest.dataset.internal.DatasetMetadataValidator;
import org.opencontest.dataset.internal.DatasetRelease;
import org.opencontest.dataset.internal.DatasetReleaseRepository;
import org.opencontest.dataset.internal.DatasetRepository;
import org.opencontest.dataset.internal.DatasetRules;
import org.opencontest.dataset.internal.DatasetSummary;
import org.opencontest.dataset.internal.ReleaseFiles;
import org.opencontest.dataset.internal.ReleaseStatus;
import org.opencontest.dataset.issue.DataIssueReleases;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.persistence.OffsetPageRequest;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.text.Slugs;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishing datasets, for organisers (and administrators): metadata, releases, files, publication with an optional
 * embargo (download statistics: {@code internal.DownloadStatistics}; other modules' questions:
 * {@link ContestDataUse}). A dataset is managed by its creator, by the organisers of the contests it is released to
 * and by administrators; anything else answers {@link NotFoundException}.
 * <p>
 * Edits quote the version they started from; a stale version is refused with {@code error.concurrentEdit}.
 * Published releases never change.
 */
@Service
public class DatasetPublishing {

    private static final int CONTEST_LIMIT = 500;

    private final DatasetRepository datasets;
    private final DatasetReleaseRepository releases;
    private final DataFileRepository files;
    private final DatasetAccess access;
    private final DatasetDtos dtos;
    private final ReleaseFiles objects;
    private final ContestService contests;
    private final AuditLog audit;
    private final DataIssueReleases issues;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;

    DatasetPublishing(DatasetRepository datasets, DatasetReleaseRepository releases, DataFileRepository files,
                      DatasetAccess access, DatasetDtos dtos, ReleaseFiles objects, ContestService contests,
                      AuditLog audit, DataIssueReleases issues, Clock clock, PlatformTransactionManager transactions) {
        this.datasets = datasets;
        this.releases = releases;
        this.files = files;
        this.access = access;
        this.dtos = dtos;
        this.objects = objects;
        this.contests = contests;
        this.audit = audit;
        this.issues = issues;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    // ----- datasets ---------------------------------------------------------------------------------------------

    /** Creates a dataset owned by the caller; a blank slug is derived from the English title (made unique). */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public DatasetPage create(DatasetMetadata metadata) {
        DatasetMetadataValidator.validate(metadata);
        requireManageableContests(metadata.contestIds(), Set.of());
        Dataset dataset = new Dataset(CurrentUser.requireId(), clock.instant());
        dataset.edit(metadata, chooseSlug(metadata, null), clock.instant());
        Dataset saved = datasets.saveAndFlush(dataset);
        audit.record("dataset.created", subject(saved), saved.getSlug());
        return dtos.page(saved, true, clock.instant());
    }

    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public DatasetPage update(long id, long expectedVersion, DatasetMetadata metadata) {
        Dataset dataset = manageable(id, expectedVersion);
        DatasetMetadataValidator.validate(metadata);
        requireManageableContests(metadata.contestIds(), dataset.getContestIds());
        int termsVersion = dataset.getTermsVersion();
        AccessTier tier = dataset.getAccessTier();
        dataset.edit(metadata, chooseSlug(metadata, dataset), clock.instant());
        Dataset saved = datasets.saveAndFlush(dataset);
        if (saved.getTermsVersion() != termsVersion) {
            audit.record("dataset.terms.changed", subject(saved), "terms version " + saved.getTermsVersion());
        }
        if (saved.getAccessTier() != tier) {
            audit.record("dataset.tier.changed", subject(saved), tier + " -> " + saved.getAccessTier());
        }
        return dtos.page(saved, true, clock.instant());
    }

    /** The dataset as its editor loads it: every release, drafts and embargoed ones included, with reports. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public DatasetPage edit(long id) {
        return dtos.page(manageable(id), true, clock.instant());
    }

    /** A page of the datasets the caller manages (all for administrators), most recently changed first. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<DatasetSummary> myDatasets(int offset, int limit) {
        Pageable page = new OffsetPageRequest(offset, limit, Sort.by("updatedAt").descending());
        List<Dataset> mine = CurrentUser.isAdmin() ? datasets.findAll(page).getContent()
                : datasets.findManagedBy(CurrentUser.requireId(), myContestIds(), page);
        return dtos.summaries(mine, false, clock.instant());
    }

    /** How many datasets the caller manages (all of them for administrators). */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public long countMyDatasets() {
        return CurrentUser.isAdmin() ? datasets.count()
                : datasets.countManagedBy(CurrentUser.requireId(), myContestIds());
    }

    /** The contests the caller may release datasets to. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<ContestRef> releasableContests() {
        return contests.myContests(PageRequest.of(0, CONTEST_LIMIT)).stream()
                .map(contest -> new ContestRef(contest.id(), contest.slug(), contest.title())).toList();
    }

    // ----- releases ---------------------------------------------------------------------------------------------

    /** Starts the next numbered release as a draft; there is at most one draft at a time. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public ReleaseView createRelease(long datasetId, long expectedVersion, String label, LocalizedText changelog) {
        Dataset dataset = manageable(datasetId, expectedVersion);
        if (releases.findByDatasetIdOrderByNumberDesc(datasetId).stream().anyMatch(r -> r.getStatus() == ReleaseStatus.DRAFT)) {
            throw new UserFacingException("dataset.error.draftExists");
        }
        int number = releases.maxNumber(datasetId) + 1;
        DatasetRelease release = new DatasetRelease(dataset, number, releaseLabel(label, number),
                checkedChangelog(changelog), clock.instant());
        dataset.touch(clock.instant());
        datasets.saveAndFlush(dataset);
        return dtos.release(releases.saveAndFlush(release), List.of(), false, true);
    }

    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public ReleaseView describeRelease(long releaseId, long expectedVersion, String label, LocalizedText changelog) {
        DatasetRelease release = manageableRelease(releaseId, expectedVersion);
        release.describe(releaseLabel(label, release.getNumber()), checkedChangelog(changelog));
        DatasetRelease saved = releases.saveAndFlush(release);
        return dtos.release(saved, files.findByReleaseIdOrderByNameAsc(releaseId), false, true);
    }

    /**
     * Publishes a draft release: it needs at least one file and no file whose check found errors. With an
     * {@code embargoUntil} in the future, only the dataset's organisers see it until then. The data issues scheduled
     * for it are fixed now and their reporters told.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public ReleaseView publishRelease(long releaseId, long expectedVersion, Instant embargoUntil) {
        DatasetRelease release = manageableRelease(releaseId, expectedVersion);
        release.requireDraft();
        List<DataFile> releaseFiles = files.findByReleaseIdOrderByNameAsc(releaseId);
        if (releaseFiles.isEmpty()) {
            throw new UserFacingException("dataset.error.emptyRelease");
        }
        List<String> broken = releaseFiles.stream().filter(file -> dtos.file(file, true).hasErrors())
                .map(DataFile::getName).toList();
        if (!broken.isEmpty()) {
            throw new UserFacingException("dataset.error.filesWithErrors", String.join(", ", broken));
        }
        Instant now = clock.instant();
        if (embargoUntil != null && !embargoUntil.isAfter(now)) {
            throw new UserFacingException("dataset.error.embargoPast");
        }
        release.publish(embargoUntil, now);
        release.getDataset().touch(now);
        DatasetRelease saved = releases.saveAndFlush(release);
        int fixes = issues.published(saved, now);
        audit.record("dataset.release.published", subject(release.getDataset()),
                "release " + saved.getNumber() + (embargoUntil == null ? "" : ", embargoed until " + embargoUntil)
                        + (fixes == 0 ? "" : ", fixes " + fixes + " data issues"));
        return dtos.release(saved, releaseFiles, false, true);
    }

    // ----- files ------------------------------------------------------------------------------------------------

    /** The largest release file accepted, for the upload component to tell the browser. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public long maxFileBytes() {
        return objects.maxFileBytes();
    }

    /**
     * Streams an uploaded file into the object store and, for CSV, analyses it by a second streamed read. No
     * transaction is held while bytes stream. The row is written only after the object is stored and analysed; if
     * anything fails (refused name, empty file, client gone, store down, release published meanwhile), the object
     * is removed and no row remains. The file's name is cleaned (see the returned name).
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public DataFileView uploadFile(long releaseId, InputStream content, String fileName) {
        ReleaseFiles.Target target = readOnly.execute(status -> objects.target(manageableRelease(releaseId), fileName));
        ReleaseFiles.Ingested ingested = objects.ingest(target, content);
        try {
            return transaction.execute(status -> dtos.file(
                    objects.record(manageableRelease(releaseId), ingested, clock.instant()), true));
        } catch (RuntimeException e) {
            objects.deleteQuietly(ingested.stored().key());
            throw e;
        }
    }

    /** Removes a file of a draft release (the row now, the object after commit). */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public void removeFile(long fileId, long expectedVersion) {
        String key = transaction.execute(status -> {
            DataFile file = manageableFile(fileId, expectedVersion);
            file.getRelease().requireDraft();
            files.delete(file);
            return file.getObjectKey();
        });
        objects.deleteQuietly(key);
    }

    /** The publisher's column descriptions for a CSV file's data dictionary, one per field in order. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public DataFileView describeFields(long fileId, long expectedVersion, List<String> descriptions) {
        DataFile file = manageableFile(fileId, expectedVersion);
        for (String description : descriptions) {
            if (description != null && description.strip().length() > DatasetRules.FIELD_DESCRIPTION_MAX) {
                throw new UserFacingException("dataset.error.tooLong.fieldDescription", DatasetRules.FIELD_DESCRIPTION_MAX);
            }
        }
        objects.describeFields(file, descriptions);
        return dtos.file(files.saveAndFlush(file), true);
    }

    // ----- rules ------------------------------------------------------------------------------------------------

    private Dataset manageable(long id) {
        return datasets.findById(id).filter(access::manages).orElseThrow(NotFoundException::new);
    }

    private Dataset manageable(long id, long expectedVersion) {
        Dataset dataset = manageable(id);
        if (dataset.getVersion() != expectedVersion) {
            throw new UserFacingException("error.concurrentEdit");
        }
        return dataset;
    }

    private DatasetRelease manageableRelease(long id) {
        return releases.findById(id).filter(release -> access.manages(release.getDataset()))
                .orElseThrow(NotFoundException::new);
    }

    private DatasetRelease manageableRelease(long id, long expectedVersion) {
        DatasetRelease release = manageableRelease(id);
        if (release.getVersion() != expectedVersion) {
            throw new UserFacingException("error.concurrentEdit");
        }
        return release;
    }

    private DataFile manageableFile(long id, long expectedVersion) {
        DataFile file = files.findById(id).filter(f -> access.manages(f.getRelease().getDataset()))
                .orElseThrow(NotFoundException::new);
        if (file.getVersion() != expectedVersion) {
            throw new UserFacingException("error.concurrentEdit");
        }
        return file;
    }

    /** Newly linked contests must be the caller's; links that were already there may stay. */
    private void requireManageableContests(Set<Long> requested, Set<Long> existing) {
        for (Long contestId : requested) {
            if (!existing.contains(contestId) && !contests.canManage(contestId)) {
                throw new NotFoundException();
            }
        }
    }

    private List<Long> myContestIds() {
        return contests.myContests(PageRequest.of(0, CONTEST_LIMIT)).stream().map(ContestSummary::id).toList();
    }

    private String chooseSlug(DatasetMetadata metadata, Dataset current) {
        Long id = current == null ? null : current.getId();
        String requested = metadata.slug();
        if (!requested.isEmpty()) {
            boolean taken = id == null ? datasets.existsBySlug(requested) : datasets.existsBySlugAndIdNot(requested, id);
            if (taken) {
                throw new UserFacingException("dataset.error.slugTaken", requested);
            }
            return requested;
        }
        if (current != null) {
            return current.getSlug();
        }
        String base = metadata.title().en().isEmpty() ? "dataset" : Slugs.fromTitle(metadata.title().en());
        return Slugs.firstFree(base, datasets::existsBySlug);
    }

    private static String releaseLabel(String label, int number) {
        String clean = label == null ? "" : label.strip();
        if (clean.length() > DatasetRules.RELEASE_LABEL_MAX) {
            throw new UserFacingException("dataset.error.tooLong.releaseLabel", DatasetRules.RELEASE_LABEL_MAX);
        }
        return clean.isEmpty() ? "v" + number : clean;
    }

    private static LocalizedText checkedChangelog(LocalizedText changelog) {
        LocalizedText text = LocalizedText.orEmpty(changelog);
        if (text.en().length() > DatasetRules.CHANGELOG_MAX || text.zh().length() > DatasetRules.CHANGELOG_MAX) {
            throw new UserFacingException("dataset.error.tooLong.changelog", DatasetRules.CHANGELOG_MAX);
        }
        return text;
    }

    private static String subject(Dataset dataset) {
        return "dataset:" + dataset.getId();
    }
}
