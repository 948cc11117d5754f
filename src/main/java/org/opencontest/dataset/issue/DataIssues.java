package org.opencontest.dataset.issue;

import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.opencontest.dataset.internal.DataFileRepository;
import org.opencontest.dataset.internal.Dataset;
import org.opencontest.dataset.internal.DatasetAccess;
import org.opencontest.dataset.internal.DatasetDtos;
import org.opencontest.dataset.internal.DatasetRelease;
import org.opencontest.dataset.internal.DatasetReleaseRepository;
import org.opencontest.dataset.internal.DatasetRepository;
import org.opencontest.dataset.internal.SchemaField;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.persistence.OffsetPageRequest;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.text.FileNames;
import org.opencontest.storage.StoredObject;
import org.opencontest.storage.UploadRules;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Data-quality issues on a dataset. Anyone who may see the dataset reads its issues and their status; a signed-in
 * user reports one (and may attach one evidence file to their own open issue); the dataset's publishers (whoever
 * manages the dataset) triage them. An issue or dataset the caller may not see, or may not triage, answers
 * {@link NotFoundException}. Reporters get a mail (and an in-app notice) on every status change.
 */
@Service
public class DataIssues {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 10_000;
    static final int MAX_COLUMN = 200;
    static final int MAX_REASON = 2000;
    public static final long MAX_EVIDENCE_BYTES = 10L * 1024 * 1024;
    /** Screenshots, documents, and small extracts of the data showing the problem. */
    public static final UploadRules EVIDENCE_RULES = UploadRules.ofTypes(MAX_EVIDENCE_BYTES, Set.of(
            "image/png", "image/jpeg", "image/webp", "application/pdf", "text/plain", "text/csv", "application/zip",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/x-tika-ooxml"));
    /** At most this many reports per person (on all datasets) within {@link #REPORT_WINDOW}; publishers are exempt. */
    static final int REPORT_LIMIT = 20;
    static final Duration REPORT_WINDOW = Duration.ofHours(1);
    /** More open issues than a release editor can sensibly pick from. */
    static final int MAX_FIXABLE = 500;

    private final DataIssueRepository issues;
    private final DatasetRepository datasets;
    private final DatasetReleaseRepository releases;
    private final DataFileRepository files;
    private final DatasetAccess access;
    private final DatasetDtos dtos;
    private final DataIssueMails mails;
    private final DataIssueViews views;
    private final EvidenceObjects evidence;
    private final Clock clock;
    private final TransactionTemplate transaction;

    DataIssues(DataIssueRepository issues, DatasetRepository datasets, DatasetReleaseRepository releases,
               DataFileRepository files, DatasetAccess access, DatasetDtos dtos, DataIssueMails mails,
               DataIssueViews views, EvidenceObjects evidence, Clock clock, PlatformTransactionManager transactions) {
        this.issues = issues;
        this.datasets = datasets;
        this.releases = releases;
        this.files = files;
        this.access = access;
        this.dtos = dtos;
        this.mails = mails;
        this.views = views;
        this.evidence = evidence;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    // ----- everyone who sees the dataset ------------------------------------------------------------------------

    /** A page of the dataset's issues, newest first. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<DataIssueView> list(long datasetId, DataIssueFilter filter, int offset, int limit) {
        boolean manager = access.visibleAs(dataset(datasetId), now());
        Pageable page = new OffsetPageRequest(offset, limit, Sort.by("createdAt", "id").descending());
        List<DataIssue> found = switch (filter) {
            case OPEN -> issues.findByDatasetIdAndClosedAtIsNull(datasetId, page);
            case CLOSED -> issues.findByDatasetIdAndClosedAtIsNotNull(datasetId, page);
            case ALL -> issues.findByDatasetId(datasetId, page);
        };
        return found.stream().map(issue -> views.of(issue, manager)).toList();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public long count(long datasetId, DataIssueFilter filter) {
        access.visibleAs(dataset(datasetId), now());
        return switch (filter) {
            case OPEN -> issues.countByDatasetIdAndClosedAtIsNull(datasetId);
            case CLOSED -> issues.countByDatasetIdAndClosedAtIsNotNull(datasetId);
            case ALL -> issues.countByDatasetId(datasetId);
        };
    }

    /** The issues a release fixed, for its changelog (empty until it is published). */
    @PermitAll
    @Transactional(readOnly = true)
    public List<DataIssueOverview.FixedIssue> fixedIn(long releaseId) {
        DatasetRelease release = releases.findById(releaseId).orElseThrow(NotFoundException::new);
        boolean manager = access.visibleAs(release.getDataset(), now());
        if (!access.sees(release, manager, now())) {
            throw new NotFoundException();
        }
        return issues.findByFixedInIdAndStatusOrderByIdAsc(releaseId, DataIssueStatus.FIXED).stream()
                .map(issue -> new DataIssueOverview.FixedIssue(issue.getId(), issue.getTitle())).toList();
    }

    // ----- reporters --------------------------------------------------------------------------------------------

    /**
     * Reports an issue as the signed-in caller. The release must be one they see; the column, when the release has
     * a data dictionary, one of its columns. The same caller's open issue with the same title is not reported twice,
     * and nobody but the dataset's publishers reports more than {@link #REPORT_LIMIT} issues an hour. The dataset's
     * publisher is told of the new issue.
     */
    @PermitAll
    @Transactional
    public DataIssueView report(long datasetId, DataIssueInput input) {
        AppPrincipal reporter = CurrentUser.require();
        Dataset dataset = dataset(datasetId);
        boolean manager = access.visibleAs(dataset, now());
        if (input.kind() == null) {
            throw new UserFacingException("dataset.issue.error.kindRequired");
        }
        String title = required(input.title(), MAX_TITLE, "dataset.issue.error.titleRequired",
                "dataset.issue.error.titleTooLong");
        String description = required(input.description(), MAX_DESCRIPTION,
                "dataset.issue.error.descriptionRequired", "dataset.issue.error.descriptionTooLong");
        DatasetRelease release = input.releaseId() == null ? null : concerned(dataset, input.releaseId(), manager);
        String column = column(release, input.column());
        if (issues.existsByDatasetIdAndReporterIdAndTitleAndClosedAtIsNull(datasetId, reporter.userId(), title)) {
            throw new UserFacingException("dataset.issue.error.alreadyReported");
        }
        if (!manager && issues.countByReporterIdAndCreatedAtAfter(reporter.userId(), now().minus(REPORT_WINDOW))
                >= REPORT_LIMIT) {
            throw new UserFacingException("dataset.issue.error.rateLimited", REPORT_LIMIT);
        }
        DataIssue issue = issues.saveAndFlush(new DataIssue(datasetId, release, column, input.kind(), title,
                description, reporter.userId(), reporter.displayName(), reporter.email(), now()));
        mails.reported(issue, dataset);
        return views.of(issue, manager);
    }

    /**
     * Attaches the reporter's evidence file to their open issue, once. The bytes stream into the object store with no
     * transaction held; the type is sniffed from the first bytes and the size checked while streaming, and a refused
     * or failed upload leaves nothing behind.
     */
    @PermitAll
    public DataIssueView attachEvidence(long issueId, InputStream content, String fileName) {
        transaction.execute(status -> attachable(issueId));
        String name = FileNames.recorded(FileNames.baseName(fileName));
        if (FileNames.isBlank(name)) {
            name = "evidence";
        }
        StoredObject stored = evidence.put(issueId, content, name);
        try {
            if (stored.size() == 0) {
                throw new UserFacingException("dataset.issue.error.evidenceEmpty", name);
            }
            String kept = name;
            return transaction.execute(status -> {
                DataIssue issue = attachable(issueId);
                issue.attach(stored, kept);
                return views.of(issues.saveAndFlush(issue), access.manages(datasetOf(issue)));
            });
        } catch (RuntimeException e) {
            evidence.deleteQuietly(stored.key());
            throw e;
        }
    }

    /** A five-minute link to the evidence, for its reporter and the dataset's publishers only. */
    @PermitAll
    public URI evidenceLink(long issueId) {
        DataIssue issue = transaction.execute(status -> {
            DataIssue found = issues.findById(issueId).orElseThrow(NotFoundException::new);
            boolean mine = CurrentUser.get().map(user -> user.userId() == found.getReporterId()).orElse(false);
            if (found.getEvidenceKey() == null || !(mine || access.manages(datasetOf(found)))) {
                throw new NotFoundException();
            }
            return found;
        });
        return evidence.link(issue.getEvidenceKey(), issue.getEvidenceName());
    }

    // ----- publishers -------------------------------------------------------------------------------------------

    /**
     * The publisher's decision; the reporter is told. FIXED names a release of the dataset: a draft schedules the fix
     * (it closes when that release is published), a published release closes it now.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public DataIssueView triage(long issueId, long expectedVersion, DataIssueDecision decision) {
        DataIssue issue = issues.findById(issueId).orElseThrow(NotFoundException::new);
        Dataset dataset = datasetOf(issue);
        if (!access.manages(dataset)) {
            throw new NotFoundException();
        }
        if (issue.getVersion() != expectedVersion) {
            throw new UserFacingException("error.concurrentEdit");
        }
        DataIssueStatus status = decision.status() == null ? DataIssueStatus.OPEN : decision.status();
        switch (status) {
            case ACKNOWLEDGED -> issue.acknowledge();
            case FIXED, FIX_SCHEDULED -> issue.fixIn(fixingRelease(dataset, decision.releaseId()), now());
            case WONT_FIX -> issue.decline(required(decision.reason(), MAX_REASON,
                    "dataset.issue.error.reasonRequired", "dataset.issue.error.reasonTooLong"), now());
            case DUPLICATE -> issue.duplicate(original(issue, decision.duplicateOf()), now());
            case OPEN -> throw new UserFacingException("dataset.issue.error.statusRequired");
        }
        DataIssue saved = issues.saveAndFlush(issue);
        mails.statusChanged(saved, dataset);
        return views.of(saved, true);
    }

    /** The dataset's issues not yet closed, newest first, for the release editor's choice of fixes. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<DataIssueView> fixable(long datasetId) {
        Dataset dataset = dataset(datasetId);
        if (!access.manages(dataset)) {
            throw new NotFoundException();
        }
        return issues.findByDatasetIdAndClosedAtIsNull(datasetId, PageRequest.of(0, MAX_FIXABLE,
                Sort.by("createdAt", "id").descending())).stream().map(issue -> views.of(issue, true)).toList();
    }

    /**
     * The publisher picks the issues a draft release fixes: those chosen are scheduled for it (and fixed when it is
     * published), those scheduled for it before but no longer chosen go back to acknowledged. Reporters of changed
     * issues are told. Returns how many issues changed.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public int scheduleFixes(long releaseId, Set<Long> issueIds) {
        DatasetRelease release = releases.findById(releaseId).filter(found -> access.manages(found.getDataset()))
                .orElseThrow(NotFoundException::new);
        release.requireDraft();
        Dataset dataset = release.getDataset();
        List<DataIssue> open = issues.findByDatasetIdAndClosedAtIsNull(dataset.getId(),
                PageRequest.of(0, MAX_FIXABLE));
        if (!open.stream().map(DataIssue::getId).toList().containsAll(issueIds)) {
            throw new UserFacingException("dataset.issue.error.notFixable");
        }
        int changed = 0;
        for (DataIssue issue : open) {
            boolean scheduledHere = issue.getStatus() == DataIssueStatus.FIX_SCHEDULED
                    && release.equals(issue.getFixedIn());
            boolean chosen = issueIds.contains(issue.getId());
            if (chosen == scheduledHere) {
                continue;
            }
            if (chosen) {
                issue.fixIn(release, now());
            } else {
                issue.acknowledge();
            }
            mails.statusChanged(issues.saveAndFlush(issue), dataset);
            changed++;
        }
        return changed;
    }

    /** Per dataset of {@code datasetIds} the caller manages (others are left out): counts, time to fix, fixes. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<DataIssueOverview> overview(List<Long> datasetIds) {
        List<Dataset> managed = datasets.findAllById(datasetIds).stream().filter(access::manages).toList();
        return DataIssueStatistics.overview(managed, issues);
    }

    // ----- rules ------------------------------------------------------------------------------------------------

    private DataIssue attachable(long issueId) {
        DataIssue issue = issues.findById(issueId).orElseThrow(NotFoundException::new);
        if (issue.getReporterId() != CurrentUser.requireId()) {
            throw new NotFoundException();
        }
        if (issue.getEvidenceKey() != null) {
            throw new UserFacingException("dataset.issue.error.evidenceExists");
        }
        if (issue.getStatus().closed()) {
            throw new UserFacingException("dataset.issue.error.closed");
        }
        return issue;
    }

    private DatasetRelease concerned(Dataset dataset, long releaseId, boolean manager) {
        return releases.findByIdAndDatasetId(releaseId, dataset.getId())
                .filter(release -> access.sees(release, manager, now()))
                .orElseThrow(() -> new UserFacingException("dataset.issue.error.releaseUnknown"));
    }

    /** Blank for none; else a column of the release's data dictionary, or free text when it has none. */
    private String column(DatasetRelease release, String requested) {
        String column = requested == null ? "" : requested.strip();
        if (column.isEmpty()) {
            return null;
        }
        List<String> dictionary = release == null ? List.of()
                : files.findByReleaseIdOrderByNameAsc(release.getId()).stream()
                .map(file -> dtos.file(file, false).schema()).filter(schema -> schema != null)
                .flatMap(schema -> schema.fields().stream()).map(SchemaField::name).toList();
        if (!dictionary.isEmpty() && !dictionary.contains(column)) {
            throw new UserFacingException("dataset.issue.error.columnUnknown", column);
        }
        if (column.length() > MAX_COLUMN) {
            throw new UserFacingException("dataset.issue.error.columnTooLong", MAX_COLUMN);
        }
        return column;
    }

    private DatasetRelease fixingRelease(Dataset dataset, Long releaseId) {
        if (releaseId == null) {
            throw new UserFacingException("dataset.issue.error.releaseRequired");
        }
        return releases.findByIdAndDatasetId(releaseId, dataset.getId())
                .orElseThrow(() -> new UserFacingException("dataset.issue.error.releaseUnknown"));
    }

    private long original(DataIssue issue, Long duplicateOf) {
        DataIssue original = duplicateOf == null ? null : issues.findById(duplicateOf)
                .filter(other -> other.getDatasetId() == issue.getDatasetId() && !other.getId().equals(issue.getId()))
                .orElse(null);
        if (original == null) {
            throw new UserFacingException("dataset.issue.error.duplicateUnknown");
        }
        return original.getId();
    }

    private static String required(String text, int max, String missingKey, String tooLongKey) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new UserFacingException(missingKey);
        }
        if (clean.length() > max) {
            throw new UserFacingException(tooLongKey, max);
        }
        return clean;
    }

    private Dataset dataset(long id) {
        return datasets.findById(id).orElseThrow(NotFoundException::new);
    }

    private Dataset datasetOf(DataIssue issue) {
        return dataset(issue.getDatasetId());
    }

    /** The clock's instant at the database's precision, so that what a method returns equals what it stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
